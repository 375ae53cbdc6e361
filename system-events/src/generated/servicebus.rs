// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The data of the `Microsoft.ServiceBus.ActiveMessagesAvailablePeriodicNotifications` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ServiceBusActiveMessagesAvailablePeriodicNotificationsEventData {
    /// JSON member `entityType`: string; listed as required in the schema.
    #[serde(rename = "entityType", skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<String>,
    /// JSON member `namespaceName`: string; listed as required in the schema.
    #[serde(rename = "namespaceName", skip_serializing_if = "Option::is_none")]
    pub namespace_name: Option<String>,
    /// JSON member `queueName`: string; listed as required in the schema; may be null.
    #[serde(rename = "queueName", skip_serializing_if = "Option::is_none")]
    pub queue_name: Option<String>,
    /// JSON member `requestUri`: string; listed as required in the schema.
    #[serde(rename = "requestUri", skip_serializing_if = "Option::is_none")]
    pub request_uri: Option<String>,
    /// JSON member `subscriptionName`: string; listed as required in the schema; may be null.
    #[serde(rename = "subscriptionName", skip_serializing_if = "Option::is_none")]
    pub subscription_name: Option<String>,
    /// JSON member `topicName`: string; listed as required in the schema; may be null.
    #[serde(rename = "topicName", skip_serializing_if = "Option::is_none")]
    pub topic_name: Option<String>,
}
impl rt::Members for ServiceBusActiveMessagesAvailablePeriodicNotificationsEventData {
    const NAMES: &'static [&'static str] = &[
        "entityType",
        "namespaceName",
        "queueName",
        "requestUri",
        "subscriptionName",
        "topicName",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "entityType" => Some(0usize),
            "namespaceName" => Some(1usize),
            "queueName" => Some(2usize),
            "requestUri" => Some(3usize),
            "subscriptionName" => Some(4usize),
            "topicName" => Some(5usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.entity_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.namespace_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.queue_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.request_uri = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.subscription_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.topic_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de>
for ServiceBusActiveMessagesAvailablePeriodicNotificationsEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ServiceBus.ActiveMessagesAvailableWithNoListeners` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ServiceBusActiveMessagesAvailableWithNoListenersEventData {
    /// JSON member `entityType`: string; listed as required in the schema.
    #[serde(rename = "entityType", skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<String>,
    /// JSON member `namespaceName`: string; listed as required in the schema.
    #[serde(rename = "namespaceName", skip_serializing_if = "Option::is_none")]
    pub namespace_name: Option<String>,
    /// JSON member `queueName`: string; listed as required in the schema; may be null.
    #[serde(rename = "queueName", skip_serializing_if = "Option::is_none")]
    pub queue_name: Option<String>,
    /// JSON member `requestUri`: string; listed as required in the schema.
    #[serde(rename = "requestUri", skip_serializing_if = "Option::is_none")]
    pub request_uri: Option<String>,
    /// JSON member `subscriptionName`: string; listed as required in the schema; may be null.
    #[serde(rename = "subscriptionName", skip_serializing_if = "Option::is_none")]
    pub subscription_name: Option<String>,
    /// JSON member `topicName`: string; listed as required in the schema; may be null.
    #[serde(rename = "topicName", skip_serializing_if = "Option::is_none")]
    pub topic_name: Option<String>,
}
impl rt::Members for ServiceBusActiveMessagesAvailableWithNoListenersEventData {
    const NAMES: &'static [&'static str] = &[
        "entityType",
        "namespaceName",
        "queueName",
        "requestUri",
        "subscriptionName",
        "topicName",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "entityType" => Some(0usize),
            "namespaceName" => Some(1usize),
            "queueName" => Some(2usize),
            "requestUri" => Some(3usize),
            "subscriptionName" => Some(4usize),
            "topicName" => Some(5usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.entity_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.namespace_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.queue_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.request_uri = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.subscription_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.topic_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de>
for ServiceBusActiveMessagesAvailableWithNoListenersEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ServiceBus.DeadletterMessagesAvailablePeriodicNotifications` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ServiceBusDeadletterMessagesAvailablePeriodicNotificationsEventData {
    /// JSON member `entityType`: string; listed as required in the schema.
    #[serde(rename = "entityType", skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<String>,
    /// JSON member `namespaceName`: string; listed as required in the schema.
    #[serde(rename = "namespaceName", skip_serializing_if = "Option::is_none")]
    pub namespace_name: Option<String>,
    /// JSON member `queueName`: string; listed as required in the schema; may be null.
    #[serde(rename = "queueName", skip_serializing_if = "Option::is_none")]
    pub queue_name: Option<String>,
    /// JSON member `requestUri`: string; listed as required in the schema.
    #[serde(rename = "requestUri", skip_serializing_if = "Option::is_none")]
    pub request_uri: Option<String>,
    /// JSON member `subscriptionName`: string; listed as required in the schema; may be null.
    #[serde(rename = "subscriptionName", skip_serializing_if = "Option::is_none")]
    pub subscription_name: Option<String>,
    /// JSON member `topicName`: string; listed as required in the schema; may be null.
    #[serde(rename = "topicName", skip_serializing_if = "Option::is_none")]
    pub topic_name: Option<String>,
}
impl rt::Members
for ServiceBusDeadletterMessagesAvailablePeriodicNotificationsEventData {
    const NAMES: &'static [&'static str] = &[
        "entityType",
        "namespaceName",
        "queueName",
        "requestUri",
        "subscriptionName",
        "topicName",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "entityType" => Some(0usize),
            "namespaceName" => Some(1usize),
            "queueName" => Some(2usize),
            "requestUri" => Some(3usize),
            "subscriptionName" => Some(4usize),
            "topicName" => Some(5usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.entity_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.namespace_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.queue_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.request_uri = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.subscription_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.topic_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de>
for ServiceBusDeadletterMessagesAvailablePeriodicNotificationsEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.ServiceBus.DeadletterMessagesAvailableWithNoListeners` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct ServiceBusDeadletterMessagesAvailableWithNoListenersEventData {
    /// JSON member `entityType`: string; listed as required in the schema.
    #[serde(rename = "entityType", skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<String>,
    /// JSON member `namespaceName`: string; listed as required in the schema.
    #[serde(rename = "namespaceName", skip_serializing_if = "Option::is_none")]
    pub namespace_name: Option<String>,
    /// JSON member `queueName`: string; listed as required in the schema; may be null.
    #[serde(rename = "queueName", skip_serializing_if = "Option::is_none")]
    pub queue_name: Option<String>,
    /// JSON member `requestUri`: string; listed as required in the schema.
    #[serde(rename = "requestUri", skip_serializing_if = "Option::is_none")]
    pub request_uri: Option<String>,
    /// JSON member `subscriptionName`: string; listed as required in the schema; may be null.
    #[serde(rename = "subscriptionName", skip_serializing_if = "Option::is_none")]
    pub subscription_name: Option<String>,
    /// JSON member `topicName`: string; listed as required in the schema; may be null.
    #[serde(rename = "topicName", skip_serializing_if = "Option::is_none")]
    pub topic_name: Option<String>,
}
impl rt::Members for ServiceBusDeadletterMessagesAvailableWithNoListenersEventData {
    const NAMES: &'static [&'static str] = &[
        "entityType",
        "namespaceName",
        "queueName",
        "requestUri",
        "subscriptionName",
        "topicName",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "entityType" => Some(0usize),
            "namespaceName" => Some(1usize),
            "queueName" => Some(2usize),
            "requestUri" => Some(3usize),
            "subscriptionName" => Some(4usize),
            "topicName" => Some(5usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => {
                self.entity_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            1usize => {
                self.namespace_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => {
                self.queue_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            3usize => {
                self.request_uri = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.subscription_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.topic_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de>
for ServiceBusDeadletterMessagesAvailableWithNoListenersEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
