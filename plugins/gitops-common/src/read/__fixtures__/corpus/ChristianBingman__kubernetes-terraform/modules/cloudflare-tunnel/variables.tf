variable "credentials" {
  type = string
}
