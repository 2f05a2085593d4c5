path "secret/data/authentik/linkding" {
  capabilities = ["read"]
}
