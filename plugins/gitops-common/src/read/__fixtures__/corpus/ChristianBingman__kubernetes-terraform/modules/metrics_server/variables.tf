variable "namespace" {
  type = string
  default = "metrics-server"
}
