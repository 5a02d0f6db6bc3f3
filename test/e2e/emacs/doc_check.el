;;; doc_check.el --- runs after the init.el copied from docs/editors.md  -*- lexical-binding: t -*-
;; emacs --batch -Q -l preamble -l <doc init.el> -l doc_check.el   (env IB_DOC_SPEC, IB_DOC_OUT)
;; Opens the files as a person would (find-file: the documented mode hook calls eglot-ensure) and records
;; what Emacs got: the server attached, the diagnostic codes, the completion labels.
(load (expand-file-name "check_common.el" (file-name-directory load-file-name)) nil t)
(require 'flymake)

(defun ib-codes ()
  (mapcar (lambda (d)
            (let ((lsp (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d))))
              (or (plist-get lsp :code) (flymake-diagnostic-text d))))
          (flymake-diagnostics)))

(defun ib-open (path)
  (let ((buf (find-file-noselect path)))
    (with-current-buffer buf
      ;; eglot-ensure starts the server from post-command-hook, which --batch never runs: run it once.
      (run-hooks 'post-command-hook)
      (unless (ib-wait (lambda () (eglot-current-server)))
        (ib-error (format "no eglot server for %s" path))))
    buf))

(defun ib-finish (code)
  (with-temp-file (getenv "IB_DOC_OUT") (insert (json-encode ib-out)))
  (ignore-errors (eglot-shutdown-all))
  (kill-emacs code))

(condition-case err
    (let ((diagnostics nil) (clients nil))
      (dolist (f (append (alist-get 'files ib-spec) nil))
        (let* ((path (alist-get 'path f)) (codes (append (alist-get 'codes f) nil))
               (buf (ib-open path)))
          (with-current-buffer buf
            (when (eglot-current-server)
              (push (plist-get (eglot--server-info (eglot-current-server)) :name) clients)
              (flymake-start)
              (when codes
                (unless (ib-wait (lambda () (seq-every-p (lambda (c) (member c (ib-codes))) codes)))
                  (ib-error (format "timed out waiting for %s in %s" codes path))))))))
      (dolist (f (append (alist-get 'files ib-spec) nil))
        (with-current-buffer (get-file-buffer (alist-get 'path f))
          (push (cons (alist-get 'path f) (vconcat (ib-codes))) diagnostics)))
      (setf (alist-get 'diagnostics ib-out) diagnostics)
      (setf (alist-get 'clients ib-out) (vconcat (delete-dups (delq nil clients))))
      (let* ((c (alist-get 'completion ib-spec)))
        (with-current-buffer (ib-open (alist-get 'path c))
          (erase-buffer)
          (insert (alist-get 'text c))
          (eglot--signal-textDocument/didChange)
          (goto-char (point-min))
          (forward-line (alist-get 'line c))
          (forward-char (alist-get 'character c))
          (let* ((resp (jsonrpc-request (eglot-current-server) :textDocument/completion
                                        (eglot--TextDocumentPositionParams)))
                 (items (if (vectorp resp) resp (plist-get resp :items))))
            (setf (alist-get 'completion ib-out) (vconcat (mapcar (lambda (i) (plist-get i :label)) items))))
          (set-buffer-modified-p nil)))
      (ib-finish 0))
  (error (ib-error (format "%S" err)) (ib-finish 3)))
