#include "Logging.h"

Q_LOGGING_CATEGORY(lcWorkspace, "infradeck.workspace", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTerraform, "infradeck.terraform", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTopology, "infradeck.topology", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "infradeck.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCost, "infradeck.cost", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTelemetry, "infradeck.telemetry", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHosts, "infradeck.hosts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetwork, "infradeck.network", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "infradeck.ui", QtInfoMsg)
