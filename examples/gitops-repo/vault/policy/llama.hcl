path "secret/data/llama" {
    capabilities = ["read"]
}
