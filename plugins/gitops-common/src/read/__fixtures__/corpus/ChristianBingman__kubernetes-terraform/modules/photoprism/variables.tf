variable "namespace" {
  type = string
  default = "photoprism"
}

variable "selector" {
  type = string
  default = "photoprism"
}
