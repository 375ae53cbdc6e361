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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut exp = None;
        let mut id = None;
        let mut nbf = None;
        let mut object_name = None;
        let mut object_type = None;
        let mut vault_name = None;
        let mut version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_.read(&mut map_, &mut exp, rt::Num::<f64>::new())?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_.read(&mut map_, &mut nbf, rt::Num::<f64>::new())?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut object_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut object_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut vault_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut version,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            exp,
            id,
            nbf,
            object_name,
            object_type,
            vault_name,
            version,
        })
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut exp = None;
        let mut id = None;
        let mut nbf = None;
        let mut object_name = None;
        let mut object_type = None;
        let mut vault_name = None;
        let mut version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_.read(&mut map_, &mut exp, rt::Num::<f64>::new())?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_.read(&mut map_, &mut nbf, rt::Num::<f64>::new())?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut object_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut object_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut vault_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut version,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            exp,
            id,
            nbf,
            object_name,
            object_type,
            vault_name,
            version,
        })
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut exp = None;
        let mut id = None;
        let mut nbf = None;
        let mut object_name = None;
        let mut object_type = None;
        let mut vault_name = None;
        let mut version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_.read(&mut map_, &mut exp, rt::Num::<f64>::new())?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_.read(&mut map_, &mut nbf, rt::Num::<f64>::new())?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut object_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut object_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut vault_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut version,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            exp,
            id,
            nbf,
            object_name,
            object_type,
            vault_name,
            version,
        })
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut exp = None;
        let mut id = None;
        let mut nbf = None;
        let mut object_name = None;
        let mut object_type = None;
        let mut vault_name = None;
        let mut version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_.read(&mut map_, &mut exp, rt::Num::<f64>::new())?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_.read(&mut map_, &mut nbf, rt::Num::<f64>::new())?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut object_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut object_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut vault_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut version,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            exp,
            id,
            nbf,
            object_name,
            object_type,
            vault_name,
            version,
        })
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut exp = None;
        let mut id = None;
        let mut nbf = None;
        let mut object_name = None;
        let mut object_type = None;
        let mut vault_name = None;
        let mut version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_.read(&mut map_, &mut exp, rt::Num::<f64>::new())?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_.read(&mut map_, &mut nbf, rt::Num::<f64>::new())?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut object_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut object_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut vault_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut version,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            exp,
            id,
            nbf,
            object_name,
            object_type,
            vault_name,
            version,
        })
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut exp = None;
        let mut id = None;
        let mut nbf = None;
        let mut object_name = None;
        let mut object_type = None;
        let mut vault_name = None;
        let mut version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_.read(&mut map_, &mut exp, rt::Num::<f64>::new())?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_.read(&mut map_, &mut nbf, rt::Num::<f64>::new())?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut object_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut object_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut vault_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut version,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            exp,
            id,
            nbf,
            object_name,
            object_type,
            vault_name,
            version,
        })
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut exp = None;
        let mut id = None;
        let mut nbf = None;
        let mut object_name = None;
        let mut object_type = None;
        let mut vault_name = None;
        let mut version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_.read(&mut map_, &mut exp, rt::Num::<f64>::new())?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_.read(&mut map_, &mut nbf, rt::Num::<f64>::new())?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut object_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut object_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut vault_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut version,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            exp,
            id,
            nbf,
            object_name,
            object_type,
            vault_name,
            version,
        })
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut exp = None;
        let mut id = None;
        let mut nbf = None;
        let mut object_name = None;
        let mut object_type = None;
        let mut vault_name = None;
        let mut version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_.read(&mut map_, &mut exp, rt::Num::<f64>::new())?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_.read(&mut map_, &mut nbf, rt::Num::<f64>::new())?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut object_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut object_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut vault_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut version,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            exp,
            id,
            nbf,
            object_name,
            object_type,
            vault_name,
            version,
        })
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut exp = None;
        let mut id = None;
        let mut nbf = None;
        let mut object_name = None;
        let mut object_type = None;
        let mut vault_name = None;
        let mut version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_.read(&mut map_, &mut exp, rt::Num::<f64>::new())?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_.read(&mut map_, &mut nbf, rt::Num::<f64>::new())?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut object_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut object_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut vault_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut version,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            exp,
            id,
            nbf,
            object_name,
            object_type,
            vault_name,
            version,
        })
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
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut exp = None;
        let mut id = None;
        let mut nbf = None;
        let mut object_name = None;
        let mut object_type = None;
        let mut vault_name = None;
        let mut version = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_.read(&mut map_, &mut exp, rt::Num::<f64>::new())?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_.read(&mut map_, &mut nbf, rt::Num::<f64>::new())?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut object_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut object_type,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut vault_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                6usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut version,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            exp,
            id,
            nbf,
            object_name,
            object_type,
            vault_name,
            version,
        })
    }
}
impl<'de> serde::Deserialize<'de> for KeyVaultSecretNewVersionCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
