path "secret/data/llama/huggingface" {
  capabilities = ["read"]
}
