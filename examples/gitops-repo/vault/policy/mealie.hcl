path "secret/data/authentik/mealie" {
    capabilities = ["read"]
}
