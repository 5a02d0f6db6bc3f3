;;; lsp_check.el --- runs after editors/emacs/imagebuilder-lsp.el (lsp-mode)  -*- lexical-binding: t -*-
;; emacs --batch -Q -l preamble -l lsp_preamble -l editors/emacs/imagebuilder-lsp.el -l lsp_check.el
;; (env IB_DOC_SPEC, IB_DOC_OUT). Opens the files with find-file (the major-mode hook calls lsp-deferred,
;; which waits for an idle, visible buffer: --batch has neither, so `lsp' is called once per buffer, as the
;; deferred call would) and records what lsp-mode got: servers, diagnostic codes, completion labels.
(load (expand-file-name "check_common.el" (file-name-directory load-file-name)) nil t)
;; The workspace (the working directory) is the one project root, as a person answers lsp-mode's
;; "Import project root" question once; --batch cannot answer it.
(setf (lsp-session-folders (lsp-session)) (list (expand-file-name default-directory)))

(defun ib-codes (path)
  (mapcar (lambda (d) (or (lsp:diagnostic-code? d) (lsp:diagnostic-message d)))
          (gethash (lsp--fix-path-casing (expand-file-name path)) (lsp-diagnostics t))))

(defun ib-open (path)
  (let ((buf (find-file-noselect path)))
    (with-current-buffer buf
      (unless (lsp-workspaces) (lsp))
      (unless (ib-wait (lambda () (seq-some (lambda (w) (eq (lsp--workspace-status w) 'initialized)) (lsp-workspaces))))
        (ib-error (format "no lsp-mode server for %s" path))))
    buf))

(defun ib-finish (code)
  (with-temp-file (getenv "IB_DOC_OUT") (insert (json-encode ib-out)))
  (ignore-errors (lsp-workspace-shutdown (car (lsp-workspaces))))
  (kill-emacs code))

(condition-case err
    (let ((diagnostics nil) (clients nil))
      (dolist (f (append (alist-get 'files ib-spec) nil))
        (let* ((path (alist-get 'path f)) (codes (append (alist-get 'codes f) nil)))
          (with-current-buffer (ib-open path)
            (dolist (w (lsp-workspaces)) (push (symbol-name (lsp--client-server-id (lsp--workspace-client w))) clients))
            (when codes
              (unless (ib-wait (lambda () (seq-every-p (lambda (c) (member c (ib-codes path))) codes)))
                (ib-error (format "timed out waiting for %s in %s" codes path)))))))
      (dolist (f (append (alist-get 'files ib-spec) nil))
        (with-current-buffer (get-file-buffer (alist-get 'path f))
          (push (cons (alist-get 'path f) (vconcat (ib-codes (alist-get 'path f)))) diagnostics)))
      (setf (alist-get 'diagnostics ib-out) diagnostics)
      (setf (alist-get 'clients ib-out) (vconcat (delete-dups clients)))
      (let ((c (alist-get 'completion ib-spec)))
        (with-current-buffer (ib-open (alist-get 'path c))
          (erase-buffer)
          (insert (alist-get 'text c))
          (goto-char (point-min))
          (forward-line (alist-get 'line c))
          (forward-char (alist-get 'character c))
          (let* ((resp (lsp-request "textDocument/completion" (lsp--text-document-position-params)))
                 (items (if (lsp-completion-list? resp) (lsp:completion-list-items resp) resp)))
            (setf (alist-get 'completion ib-out) (vconcat (mapcar #'lsp:completion-item-label items))))
          (set-buffer-modified-p nil)))
      (ib-finish 0))
  (error (ib-error (format "%S" err)) (ib-finish 3)))
