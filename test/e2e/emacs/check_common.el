;;; check_common.el --- what doc_check.el and lsp_check.el share: the spec, the result, waiting  -*- lexical-binding: t -*-
;; (env IB_DOC_SPEC: the files and completion to check, IB_DOC_OUT: where the result goes)
(require 'json)
(defvar ib-spec (json-read-file (getenv "IB_DOC_SPEC")))
(defvar ib-out (list (cons 'errors [])))
(defvar ib-timeout (/ (or (alist-get 'timeout ib-spec) 20000) 1000.0))

(defun ib-wait (pred)
  "Process events until PRED is true or the timeout passes; return PRED's value."
  (let ((deadline (+ (float-time) ib-timeout)) v)
    (while (and (not (setq v (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    v))

(defun ib-error (msg)
  (setf (alist-get 'errors ib-out) (vconcat (alist-get 'errors ib-out) (list msg))))
