;;; lsp_preamble.el --- what an interactive Emacs has and --batch -Q lacks, for lsp-mode  -*- lexical-binding: t -*-
;; After preamble.el (Debian's elpa packages on the load path): lsp-mode's autoloads (its modeline and
;; headerline modes), no snippets (yasnippet is not installed), no file watchers, and no questions:
;; the check puts the workspace folder in the session itself (lsp-mode asks for it interactively).
(dolist (f (file-expand-wildcards "/usr/share/emacs/site-lisp/elpa/*/*-autoloads.el")) (load f nil t))
(setq lsp-enable-snippet nil lsp-enable-file-watchers nil lsp-restart 'ignore lsp-auto-guess-root nil
      lsp-diagnostics-provider :none lsp-completion-provider :none lsp-modeline-code-actions-enable nil lsp-headerline-breadcrumb-enable nil
      lsp-session-file (expand-file-name "lsp-session" (getenv "HOME")))
;; yaml-language-server is on PATH under `npm run` (node_modules/.bin: the bench's comparison server), and
;; lsp-mode would start its yamlls client beside ours; the check is about our client alone.
(setq lsp-disabled-clients '(yamlls))
