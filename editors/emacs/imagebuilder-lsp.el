;;; imagebuilder-lsp.el --- the Image Builder server as an lsp-mode client  -*- lexical-binding: t -*-
;; Put in init.el (or load this file) after lsp-mode. `:add-on? t' runs it beside the other servers of the
;; same buffers (yaml-language-server, vscode-json-language-server, terraform-ls) instead of in their place.
(require 'lsp-mode)
;; lsp-mode 8.0 sends YAML buffers as "spring-boot-properties-yaml"; say "yaml" (newer lsp-mode does).
(add-to-list 'lsp-language-id-configuration '(yaml-mode . "yaml"))
(lsp-register-custom-settings
 '(("imagebuilder.component.platform" "auto")
   ("imagebuilder.diagnostics.severity.unknown-property" "warning")))
(lsp-register-client
 (make-lsp-client
  :new-connection (lsp-stdio-connection '("imagebuilder-language-server" "--stdio"))
  :major-modes '(yaml-mode yaml-ts-mode json-mode json-ts-mode js-json-mode jsonc-mode terraform-mode hcl-mode)
  :server-id 'imagebuilder
  :add-on? t
  :priority -1
  :initialization-options (lambda () '(:settings (:component (:platform "auto"))))
  :initialized-fn (lambda (workspace)
                    (with-lsp-workspace workspace
                      (lsp--set-configuration (lsp-configuration-section "imagebuilder"))))))
(add-hook 'yaml-mode-hook #'lsp-deferred)
(add-hook 'json-mode-hook #'lsp-deferred)
;; lsp-mode gives completion (completion-at-point), hover (eldoc), M-. definition, M-? references,
;; s-l r r rename and s-l a a code actions (with `lsp-keymap-prefix' s-l).
;;; imagebuilder-lsp.el ends here
