// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The data of the `Microsoft.KeyVault.VaultAccessPolicyChanged` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct KeyVaultAccessPolicyChangedEventData {
    /// JSON member `EXP`: number (float); listed as required in the schema.
    #[serde(rename = "EXP", skip_serializing_if = "Option::is_none")]
    pub exp: Option<f64>,
    /// JSON member `Id`: string; listed as required in the schema.
    #[serde(rename = "Id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// JSON member `NBF`: number (float); listed as required in the schema.
    #[serde(rename = "NBF", skip_serializing_if = "Option::is_none")]
    pub nbf: Option<f64>,
    /// JSON member `ObjectName`: string; listed as required in the schema.
    #[serde(rename = "ObjectName", skip_serializing_if = "Option::is_none")]
    pub object_name: Option<String>,
    /// JSON member `ObjectType`: string; listed as required in the schema.
    #[serde(rename = "ObjectType", skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// JSON member `VaultName`: string; listed as required in the schema.
    #[serde(rename = "VaultName", skip_serializing_if = "Option::is_none")]
    pub vault_name: Option<String>,
    /// JSON member `Version`: string; listed as required in the schema.
    #[serde(rename = "Version", skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}
impl rt::Members for KeyVaultAccessPolicyChangedEventData {
    const NAMES: &'static [&'static str] = &[
        "EXP",
        "Id",
        "NBF",
        "ObjectName",
        "ObjectType",
        "VaultName",
        "Version",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "EXP" => Some(0usize),
            "Id" => Some(1usize),
            "NBF" => Some(2usize),
            "ObjectName" => Some(3usize),
            "ObjectType" => Some(4usize),
            "VaultName" => Some(5usize),
            "Version" => Some(6usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => self.exp = map.next_value_seed(rt::Num::<f64>::new())?,
            1usize => {
                self.id = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => self.nbf = map.next_value_seed(rt::Num::<f64>::new())?,
            3usize => {
                self.object_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.object_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.vault_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.version = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for KeyVaultAccessPolicyChangedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.KeyVault.CertificateExpired` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct KeyVaultCertificateExpiredEventData {
    /// JSON member `EXP`: number (float); listed as required in the schema.
    #[serde(rename = "EXP", skip_serializing_if = "Option::is_none")]
    pub exp: Option<f64>,
    /// JSON member `Id`: string; listed as required in the schema.
    #[serde(rename = "Id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// JSON member `NBF`: number (float); listed as required in the schema.
    #[serde(rename = "NBF", skip_serializing_if = "Option::is_none")]
    pub nbf: Option<f64>,
    /// JSON member `ObjectName`: string; listed as required in the schema.
    #[serde(rename = "ObjectName", skip_serializing_if = "Option::is_none")]
    pub object_name: Option<String>,
    /// JSON member `ObjectType`: string; listed as required in the schema.
    #[serde(rename = "ObjectType", skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// JSON member `VaultName`: string; listed as required in the schema.
    #[serde(rename = "VaultName", skip_serializing_if = "Option::is_none")]
    pub vault_name: Option<String>,
    /// JSON member `Version`: string; listed as required in the schema.
    #[serde(rename = "Version", skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}
impl rt::Members for KeyVaultCertificateExpiredEventData {
    const NAMES: &'static [&'static str] = &[
        "EXP",
        "Id",
        "NBF",
        "ObjectName",
        "ObjectType",
        "VaultName",
        "Version",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "EXP" => Some(0usize),
            "Id" => Some(1usize),
            "NBF" => Some(2usize),
            "ObjectName" => Some(3usize),
            "ObjectType" => Some(4usize),
            "VaultName" => Some(5usize),
            "Version" => Some(6usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => self.exp = map.next_value_seed(rt::Num::<f64>::new())?,
            1usize => {
                self.id = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => self.nbf = map.next_value_seed(rt::Num::<f64>::new())?,
            3usize => {
                self.object_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.object_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.vault_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.version = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for KeyVaultCertificateExpiredEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.KeyVault.CertificateNearExpiry` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct KeyVaultCertificateNearExpiryEventData {
    /// JSON member `EXP`: number (float); listed as required in the schema.
    #[serde(rename = "EXP", skip_serializing_if = "Option::is_none")]
    pub exp: Option<f64>,
    /// JSON member `Id`: string; listed as required in the schema.
    #[serde(rename = "Id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// JSON member `NBF`: number (float); listed as required in the schema.
    #[serde(rename = "NBF", skip_serializing_if = "Option::is_none")]
    pub nbf: Option<f64>,
    /// JSON member `ObjectName`: string; listed as required in the schema.
    #[serde(rename = "ObjectName", skip_serializing_if = "Option::is_none")]
    pub object_name: Option<String>,
    /// JSON member `ObjectType`: string; listed as required in the schema.
    #[serde(rename = "ObjectType", skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// JSON member `VaultName`: string; listed as required in the schema.
    #[serde(rename = "VaultName", skip_serializing_if = "Option::is_none")]
    pub vault_name: Option<String>,
    /// JSON member `Version`: string; listed as required in the schema.
    #[serde(rename = "Version", skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}
impl rt::Members for KeyVaultCertificateNearExpiryEventData {
    const NAMES: &'static [&'static str] = &[
        "EXP",
        "Id",
        "NBF",
        "ObjectName",
        "ObjectType",
        "VaultName",
        "Version",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "EXP" => Some(0usize),
            "Id" => Some(1usize),
            "NBF" => Some(2usize),
            "ObjectName" => Some(3usize),
            "ObjectType" => Some(4usize),
            "VaultName" => Some(5usize),
            "Version" => Some(6usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => self.exp = map.next_value_seed(rt::Num::<f64>::new())?,
            1usize => {
                self.id = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => self.nbf = map.next_value_seed(rt::Num::<f64>::new())?,
            3usize => {
                self.object_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.object_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.vault_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.version = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for KeyVaultCertificateNearExpiryEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.KeyVault.CertificateNewVersionCreated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct KeyVaultCertificateNewVersionCreatedEventData {
    /// JSON member `EXP`: number (float); listed as required in the schema.
    #[serde(rename = "EXP", skip_serializing_if = "Option::is_none")]
    pub exp: Option<f64>,
    /// JSON member `Id`: string; listed as required in the schema.
    #[serde(rename = "Id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// JSON member `NBF`: number (float); listed as required in the schema.
    #[serde(rename = "NBF", skip_serializing_if = "Option::is_none")]
    pub nbf: Option<f64>,
    /// JSON member `ObjectName`: string; listed as required in the schema.
    #[serde(rename = "ObjectName", skip_serializing_if = "Option::is_none")]
    pub object_name: Option<String>,
    /// JSON member `ObjectType`: string; listed as required in the schema.
    #[serde(rename = "ObjectType", skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// JSON member `VaultName`: string; listed as required in the schema.
    #[serde(rename = "VaultName", skip_serializing_if = "Option::is_none")]
    pub vault_name: Option<String>,
    /// JSON member `Version`: string; listed as required in the schema.
    #[serde(rename = "Version", skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}
impl rt::Members for KeyVaultCertificateNewVersionCreatedEventData {
    const NAMES: &'static [&'static str] = &[
        "EXP",
        "Id",
        "NBF",
        "ObjectName",
        "ObjectType",
        "VaultName",
        "Version",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "EXP" => Some(0usize),
            "Id" => Some(1usize),
            "NBF" => Some(2usize),
            "ObjectName" => Some(3usize),
            "ObjectType" => Some(4usize),
            "VaultName" => Some(5usize),
            "Version" => Some(6usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => self.exp = map.next_value_seed(rt::Num::<f64>::new())?,
            1usize => {
                self.id = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => self.nbf = map.next_value_seed(rt::Num::<f64>::new())?,
            3usize => {
                self.object_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.object_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.vault_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.version = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for KeyVaultCertificateNewVersionCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.KeyVault.KeyExpired` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct KeyVaultKeyExpiredEventData {
    /// JSON member `EXP`: number (float); listed as required in the schema.
    #[serde(rename = "EXP", skip_serializing_if = "Option::is_none")]
    pub exp: Option<f64>,
    /// JSON member `Id`: string; listed as required in the schema.
    #[serde(rename = "Id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// JSON member `NBF`: number (float); listed as required in the schema.
    #[serde(rename = "NBF", skip_serializing_if = "Option::is_none")]
    pub nbf: Option<f64>,
    /// JSON member `ObjectName`: string; listed as required in the schema.
    #[serde(rename = "ObjectName", skip_serializing_if = "Option::is_none")]
    pub object_name: Option<String>,
    /// JSON member `ObjectType`: string; listed as required in the schema.
    #[serde(rename = "ObjectType", skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// JSON member `VaultName`: string; listed as required in the schema.
    #[serde(rename = "VaultName", skip_serializing_if = "Option::is_none")]
    pub vault_name: Option<String>,
    /// JSON member `Version`: string; listed as required in the schema.
    #[serde(rename = "Version", skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}
impl rt::Members for KeyVaultKeyExpiredEventData {
    const NAMES: &'static [&'static str] = &[
        "EXP",
        "Id",
        "NBF",
        "ObjectName",
        "ObjectType",
        "VaultName",
        "Version",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "EXP" => Some(0usize),
            "Id" => Some(1usize),
            "NBF" => Some(2usize),
            "ObjectName" => Some(3usize),
            "ObjectType" => Some(4usize),
            "VaultName" => Some(5usize),
            "Version" => Some(6usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => self.exp = map.next_value_seed(rt::Num::<f64>::new())?,
            1usize => {
                self.id = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => self.nbf = map.next_value_seed(rt::Num::<f64>::new())?,
            3usize => {
                self.object_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.object_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.vault_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.version = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for KeyVaultKeyExpiredEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.KeyVault.KeyNearExpiry` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct KeyVaultKeyNearExpiryEventData {
    /// JSON member `EXP`: number (float); listed as required in the schema.
    #[serde(rename = "EXP", skip_serializing_if = "Option::is_none")]
    pub exp: Option<f64>,
    /// JSON member `Id`: string; listed as required in the schema.
    #[serde(rename = "Id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// JSON member `NBF`: number (float); listed as required in the schema.
    #[serde(rename = "NBF", skip_serializing_if = "Option::is_none")]
    pub nbf: Option<f64>,
    /// JSON member `ObjectName`: string; listed as required in the schema.
    #[serde(rename = "ObjectName", skip_serializing_if = "Option::is_none")]
    pub object_name: Option<String>,
    /// JSON member `ObjectType`: string; listed as required in the schema.
    #[serde(rename = "ObjectType", skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// JSON member `VaultName`: string; listed as required in the schema.
    #[serde(rename = "VaultName", skip_serializing_if = "Option::is_none")]
    pub vault_name: Option<String>,
    /// JSON member `Version`: string; listed as required in the schema.
    #[serde(rename = "Version", skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}
impl rt::Members for KeyVaultKeyNearExpiryEventData {
    const NAMES: &'static [&'static str] = &[
        "EXP",
        "Id",
        "NBF",
        "ObjectName",
        "ObjectType",
        "VaultName",
        "Version",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "EXP" => Some(0usize),
            "Id" => Some(1usize),
            "NBF" => Some(2usize),
            "ObjectName" => Some(3usize),
            "ObjectType" => Some(4usize),
            "VaultName" => Some(5usize),
            "Version" => Some(6usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => self.exp = map.next_value_seed(rt::Num::<f64>::new())?,
            1usize => {
                self.id = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => self.nbf = map.next_value_seed(rt::Num::<f64>::new())?,
            3usize => {
                self.object_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.object_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.vault_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.version = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for KeyVaultKeyNearExpiryEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.KeyVault.KeyNewVersionCreated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct KeyVaultKeyNewVersionCreatedEventData {
    /// JSON member `EXP`: number (float); listed as required in the schema.
    #[serde(rename = "EXP", skip_serializing_if = "Option::is_none")]
    pub exp: Option<f64>,
    /// JSON member `Id`: string; listed as required in the schema.
    #[serde(rename = "Id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// JSON member `NBF`: number (float); listed as required in the schema.
    #[serde(rename = "NBF", skip_serializing_if = "Option::is_none")]
    pub nbf: Option<f64>,
    /// JSON member `ObjectName`: string; listed as required in the schema.
    #[serde(rename = "ObjectName", skip_serializing_if = "Option::is_none")]
    pub object_name: Option<String>,
    /// JSON member `ObjectType`: string; listed as required in the schema.
    #[serde(rename = "ObjectType", skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// JSON member `VaultName`: string; listed as required in the schema.
    #[serde(rename = "VaultName", skip_serializing_if = "Option::is_none")]
    pub vault_name: Option<String>,
    /// JSON member `Version`: string; listed as required in the schema.
    #[serde(rename = "Version", skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}
impl rt::Members for KeyVaultKeyNewVersionCreatedEventData {
    const NAMES: &'static [&'static str] = &[
        "EXP",
        "Id",
        "NBF",
        "ObjectName",
        "ObjectType",
        "VaultName",
        "Version",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "EXP" => Some(0usize),
            "Id" => Some(1usize),
            "NBF" => Some(2usize),
            "ObjectName" => Some(3usize),
            "ObjectType" => Some(4usize),
            "VaultName" => Some(5usize),
            "Version" => Some(6usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => self.exp = map.next_value_seed(rt::Num::<f64>::new())?,
            1usize => {
                self.id = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => self.nbf = map.next_value_seed(rt::Num::<f64>::new())?,
            3usize => {
                self.object_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.object_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.vault_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.version = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for KeyVaultKeyNewVersionCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.KeyVault.SecretExpired` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct KeyVaultSecretExpiredEventData {
    /// JSON member `EXP`: number (float); listed as required in the schema.
    #[serde(rename = "EXP", skip_serializing_if = "Option::is_none")]
    pub exp: Option<f64>,
    /// JSON member `Id`: string; listed as required in the schema.
    #[serde(rename = "Id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// JSON member `NBF`: number (float); listed as required in the schema.
    #[serde(rename = "NBF", skip_serializing_if = "Option::is_none")]
    pub nbf: Option<f64>,
    /// JSON member `ObjectName`: string; listed as required in the schema.
    #[serde(rename = "ObjectName", skip_serializing_if = "Option::is_none")]
    pub object_name: Option<String>,
    /// JSON member `ObjectType`: string; listed as required in the schema.
    #[serde(rename = "ObjectType", skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// JSON member `VaultName`: string; listed as required in the schema.
    #[serde(rename = "VaultName", skip_serializing_if = "Option::is_none")]
    pub vault_name: Option<String>,
    /// JSON member `Version`: string; listed as required in the schema.
    #[serde(rename = "Version", skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}
impl rt::Members for KeyVaultSecretExpiredEventData {
    const NAMES: &'static [&'static str] = &[
        "EXP",
        "Id",
        "NBF",
        "ObjectName",
        "ObjectType",
        "VaultName",
        "Version",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "EXP" => Some(0usize),
            "Id" => Some(1usize),
            "NBF" => Some(2usize),
            "ObjectName" => Some(3usize),
            "ObjectType" => Some(4usize),
            "VaultName" => Some(5usize),
            "Version" => Some(6usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => self.exp = map.next_value_seed(rt::Num::<f64>::new())?,
            1usize => {
                self.id = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => self.nbf = map.next_value_seed(rt::Num::<f64>::new())?,
            3usize => {
                self.object_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.object_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.vault_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.version = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for KeyVaultSecretExpiredEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.KeyVault.SecretNearExpiry` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct KeyVaultSecretNearExpiryEventData {
    /// JSON member `EXP`: number (float); listed as required in the schema.
    #[serde(rename = "EXP", skip_serializing_if = "Option::is_none")]
    pub exp: Option<f64>,
    /// JSON member `Id`: string; listed as required in the schema.
    #[serde(rename = "Id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// JSON member `NBF`: number (float); listed as required in the schema.
    #[serde(rename = "NBF", skip_serializing_if = "Option::is_none")]
    pub nbf: Option<f64>,
    /// JSON member `ObjectName`: string; listed as required in the schema.
    #[serde(rename = "ObjectName", skip_serializing_if = "Option::is_none")]
    pub object_name: Option<String>,
    /// JSON member `ObjectType`: string; listed as required in the schema.
    #[serde(rename = "ObjectType", skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// JSON member `VaultName`: string; listed as required in the schema.
    #[serde(rename = "VaultName", skip_serializing_if = "Option::is_none")]
    pub vault_name: Option<String>,
    /// JSON member `Version`: string; listed as required in the schema.
    #[serde(rename = "Version", skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}
impl rt::Members for KeyVaultSecretNearExpiryEventData {
    const NAMES: &'static [&'static str] = &[
        "EXP",
        "Id",
        "NBF",
        "ObjectName",
        "ObjectType",
        "VaultName",
        "Version",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "EXP" => Some(0usize),
            "Id" => Some(1usize),
            "NBF" => Some(2usize),
            "ObjectName" => Some(3usize),
            "ObjectType" => Some(4usize),
            "VaultName" => Some(5usize),
            "Version" => Some(6usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => self.exp = map.next_value_seed(rt::Num::<f64>::new())?,
            1usize => {
                self.id = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => self.nbf = map.next_value_seed(rt::Num::<f64>::new())?,
            3usize => {
                self.object_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.object_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.vault_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.version = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for KeyVaultSecretNearExpiryEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.KeyVault.SecretNewVersionCreated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct KeyVaultSecretNewVersionCreatedEventData {
    /// JSON member `EXP`: number (float); listed as required in the schema.
    #[serde(rename = "EXP", skip_serializing_if = "Option::is_none")]
    pub exp: Option<f64>,
    /// JSON member `Id`: string; listed as required in the schema.
    #[serde(rename = "Id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// JSON member `NBF`: number (float); listed as required in the schema.
    #[serde(rename = "NBF", skip_serializing_if = "Option::is_none")]
    pub nbf: Option<f64>,
    /// JSON member `ObjectName`: string; listed as required in the schema.
    #[serde(rename = "ObjectName", skip_serializing_if = "Option::is_none")]
    pub object_name: Option<String>,
    /// JSON member `ObjectType`: string; listed as required in the schema.
    #[serde(rename = "ObjectType", skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// JSON member `VaultName`: string; listed as required in the schema.
    #[serde(rename = "VaultName", skip_serializing_if = "Option::is_none")]
    pub vault_name: Option<String>,
    /// JSON member `Version`: string; listed as required in the schema.
    #[serde(rename = "Version", skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}
impl rt::Members for KeyVaultSecretNewVersionCreatedEventData {
    const NAMES: &'static [&'static str] = &[
        "EXP",
        "Id",
        "NBF",
        "ObjectName",
        "ObjectType",
        "VaultName",
        "Version",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "EXP" => Some(0usize),
            "Id" => Some(1usize),
            "NBF" => Some(2usize),
            "ObjectName" => Some(3usize),
            "ObjectType" => Some(4usize),
            "VaultName" => Some(5usize),
            "Version" => Some(6usize),
            _ => None,
        }
    }
    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        index: usize,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match index {
            0usize => self.exp = map.next_value_seed(rt::Num::<f64>::new())?,
            1usize => {
                self.id = map.next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            2usize => self.nbf = map.next_value_seed(rt::Num::<f64>::new())?,
            3usize => {
                self.object_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            4usize => {
                self.object_type = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            5usize => {
                self.vault_name = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            6usize => {
                self.version = map
                    .next_value_seed(rt::Nullable(rt::Plain::<String>::new()))?;
            }
            _ => {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(())
    }
}
impl<'de> serde::Deserialize<'de> for KeyVaultSecretNewVersionCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
