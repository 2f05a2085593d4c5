variable "namespace" {
  type = string
  default = "root-site"
}

variable "selector" {
  type = string
  default = "nginx"
}
