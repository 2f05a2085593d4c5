variable "namespace" {
  type = string
  default = "logstash-eck"
}
