variable "namespace" {
  type = string
  default = "eck-operator"
}
