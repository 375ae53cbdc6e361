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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut entity_type = None;
        let mut namespace_name = None;
        let mut queue_name = None;
        let mut request_uri = None;
        let mut subscription_name = None;
        let mut topic_name = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut entity_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut namespace_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut request_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut subscription_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut topic_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            entity_type,
            namespace_name,
            queue_name,
            request_uri,
            subscription_name,
            topic_name,
        })
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut entity_type = None;
        let mut namespace_name = None;
        let mut queue_name = None;
        let mut request_uri = None;
        let mut subscription_name = None;
        let mut topic_name = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut entity_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut namespace_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut request_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut subscription_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut topic_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            entity_type,
            namespace_name,
            queue_name,
            request_uri,
            subscription_name,
            topic_name,
        })
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut entity_type = None;
        let mut namespace_name = None;
        let mut queue_name = None;
        let mut request_uri = None;
        let mut subscription_name = None;
        let mut topic_name = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut entity_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut namespace_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut request_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut subscription_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut topic_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            entity_type,
            namespace_name,
            queue_name,
            request_uri,
            subscription_name,
            topic_name,
        })
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut entity_type = None;
        let mut namespace_name = None;
        let mut queue_name = None;
        let mut request_uri = None;
        let mut subscription_name = None;
        let mut topic_name = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut entity_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut namespace_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut queue_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut request_uri,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut subscription_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut topic_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            entity_type,
            namespace_name,
            queue_name,
            request_uri,
            subscription_name,
            topic_name,
        })
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
