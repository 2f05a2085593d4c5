path "secret/data/mealie/valkey" {
  capabilities = ["read"]
}
