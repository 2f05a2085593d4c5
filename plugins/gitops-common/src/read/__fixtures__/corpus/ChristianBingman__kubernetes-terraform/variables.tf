variable "prometheus-stack_grafana_admin_password" {
  type = string
}

variable "smtp_host" {
  type = string
}
variable "smtp_user" {
  type = string
}
variable "smtp_pass" {
  type = string
}

variable "cert-manager_cloudflare_api_token" {
  type = string
}

variable "cloudflare-tunnel_credentials" {
  type = string
}
