variable "namespace" {
  type = string
  default = "registry"
}
