{{- define "lectern.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "lectern.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "lectern.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{ include "lectern.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "lectern.selectorLabels" -}}
app.kubernetes.io/name: {{ include "lectern.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "lectern.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "lectern.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "lectern.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}

{{/* The Secret the chart creates for passwords given as values. */}}
{{- define "lectern.secretName" -}}
{{- printf "%s-secrets" (include "lectern.fullname" .) -}}
{{- end -}}

{{- define "lectern.databaseSecretName" -}}
{{- default (include "lectern.secretName" .) .Values.database.existingSecret -}}
{{- end -}}

{{- define "lectern.databaseUrl" -}}
{{- if .Values.postgresql.enabled -}}
{{- printf "jdbc:postgresql://%s-postgresql:5432/%s" (include "lectern.fullname" .) .Values.postgresql.database -}}
{{- else -}}
{{- .Values.database.url -}}
{{- end -}}
{{- end -}}

{{/* Combinations the schema cannot express; rendering stops with a message an operator can act on. */}}
{{- define "lectern.validate" -}}
{{- if eq .Values.mode "embedded" -}}
{{- if or (gt (int .Values.replicaCount) 1) .Values.autoscaling.enabled -}}
{{- fail "mode=embedded keeps the index in a local file: set replicaCount=1 and autoscaling.enabled=false, or use mode=server" -}}
{{- end -}}
{{- if not .Values.persistence.data.enabled -}}
{{- fail "mode=embedded stores the database and index on the data volume: persistence.data.enabled must be true" -}}
{{- end -}}
{{- else -}}
{{- if and (not .Values.postgresql.enabled) (not .Values.database.url) -}}
{{- fail "mode=server needs database.url (a PostgreSQL with pgvector) or postgresql.enabled=true" -}}
{{- end -}}
{{- if and (not .Values.database.existingSecret) (not .Values.database.password) -}}
{{- fail "mode=server needs database.existingSecret or database.password" -}}
{{- end -}}
{{- if and .Values.persistence.data.enabled (or (gt (int .Values.replicaCount) 1) .Values.autoscaling.enabled) (not .Values.persistence.data.existingClaim) (not (has "ReadWriteMany" .Values.persistence.data.accessModes)) -}}
{{- fail "several replicas share uploaded files: persistence.data.accessModes must include ReadWriteMany (or give an existingClaim)" -}}
{{- end -}}
{{- end -}}
{{- if and .Values.autoscaling.enabled (gt (int .Values.autoscaling.minReplicas) (int .Values.autoscaling.maxReplicas)) -}}
{{- fail "autoscaling.minReplicas must not exceed autoscaling.maxReplicas" -}}
{{- end -}}
{{- if and .Values.oidc.enabled (or (not .Values.oidc.issuerUri) (not .Values.oidc.clientId)) -}}
{{- fail "oidc.enabled needs oidc.issuerUri and oidc.clientId" -}}
{{- end -}}
{{- if and .Values.ingress.enabled .Values.ingress.tls.enabled (not .Values.ingress.tls.secretName) -}}
{{- fail "ingress.tls.enabled needs ingress.tls.secretName" -}}
{{- end -}}
{{- end -}}

{{- define "lectern.containerSecurityContext" -}}
runAsNonRoot: true
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: [ALL]
{{- end -}}
