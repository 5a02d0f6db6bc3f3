;;; preamble.el --- what a package manager does before init.el: Debian's elpa packages on the load path,
;;; yaml-mode for *.yaml / *.yml.  -*- lexical-binding: t -*-
(dolist (d (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*")) (add-to-list 'load-path d))
(require 'yaml-mode)
(add-to-list 'auto-mode-alist '("\\.ya?ml\\'" . yaml-mode))
(setq eglot-sync-connect 10 eglot-connect-timeout 30)
