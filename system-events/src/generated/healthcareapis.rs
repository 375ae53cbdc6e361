// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// The data of the `Microsoft.HealthcareApis.DicomImageCreated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct HealthcareDicomImageCreatedEventData {
    /// JSON member `imageSeriesInstanceUid`: string; listed as required in the schema.
    #[serde(rename = "imageSeriesInstanceUid", skip_serializing_if = "Option::is_none")]
    pub image_series_instance_uid: Option<String>,
    /// JSON member `imageSopInstanceUid`: string; listed as required in the schema.
    #[serde(rename = "imageSopInstanceUid", skip_serializing_if = "Option::is_none")]
    pub image_sop_instance_uid: Option<String>,
    /// JSON member `imageStudyInstanceUid`: string; listed as required in the schema.
    #[serde(rename = "imageStudyInstanceUid", skip_serializing_if = "Option::is_none")]
    pub image_study_instance_uid: Option<String>,
    /// JSON member `partitionName`: string; listed as required in the schema.
    #[serde(rename = "partitionName", skip_serializing_if = "Option::is_none")]
    pub partition_name: Option<String>,
    /// JSON member `sequenceNumber`: integer (int64); listed as required in the schema.
    #[serde(rename = "sequenceNumber", skip_serializing_if = "Option::is_none")]
    pub sequence_number: Option<i64>,
    /// JSON member `serviceHostName`: string; listed as required in the schema.
    #[serde(rename = "serviceHostName", skip_serializing_if = "Option::is_none")]
    pub service_host_name: Option<String>,
}
impl rt::Members for HealthcareDicomImageCreatedEventData {
    const NAMES: &'static [&'static str] = &[
        "imageSeriesInstanceUid",
        "imageSopInstanceUid",
        "imageStudyInstanceUid",
        "partitionName",
        "sequenceNumber",
        "serviceHostName",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "imageSeriesInstanceUid" => Some(0usize),
            "imageSopInstanceUid" => Some(1usize),
            "imageStudyInstanceUid" => Some(2usize),
            "partitionName" => Some(3usize),
            "sequenceNumber" => Some(4usize),
            "serviceHostName" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut image_series_instance_uid = None;
        let mut image_sop_instance_uid = None;
        let mut image_study_instance_uid = None;
        let mut partition_name = None;
        let mut sequence_number = None;
        let mut service_host_name = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut image_series_instance_uid,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut image_sop_instance_uid,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut image_study_instance_uid,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut partition_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(&mut map_, &mut sequence_number, rt::Num::<i64>::new())?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut service_host_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            image_series_instance_uid,
            image_sop_instance_uid,
            image_study_instance_uid,
            partition_name,
            sequence_number,
            service_host_name,
        })
    }
}
impl<'de> serde::Deserialize<'de> for HealthcareDicomImageCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.HealthcareApis.DicomImageDeleted` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct HealthcareDicomImageDeletedEventData {
    /// JSON member `imageSeriesInstanceUid`: string; listed as required in the schema.
    #[serde(rename = "imageSeriesInstanceUid", skip_serializing_if = "Option::is_none")]
    pub image_series_instance_uid: Option<String>,
    /// JSON member `imageSopInstanceUid`: string; listed as required in the schema.
    #[serde(rename = "imageSopInstanceUid", skip_serializing_if = "Option::is_none")]
    pub image_sop_instance_uid: Option<String>,
    /// JSON member `imageStudyInstanceUid`: string; listed as required in the schema.
    #[serde(rename = "imageStudyInstanceUid", skip_serializing_if = "Option::is_none")]
    pub image_study_instance_uid: Option<String>,
    /// JSON member `partitionName`: string; listed as required in the schema.
    #[serde(rename = "partitionName", skip_serializing_if = "Option::is_none")]
    pub partition_name: Option<String>,
    /// JSON member `sequenceNumber`: integer (int64); listed as required in the schema.
    #[serde(rename = "sequenceNumber", skip_serializing_if = "Option::is_none")]
    pub sequence_number: Option<i64>,
    /// JSON member `serviceHostName`: string; listed as required in the schema.
    #[serde(rename = "serviceHostName", skip_serializing_if = "Option::is_none")]
    pub service_host_name: Option<String>,
}
impl rt::Members for HealthcareDicomImageDeletedEventData {
    const NAMES: &'static [&'static str] = &[
        "imageSeriesInstanceUid",
        "imageSopInstanceUid",
        "imageStudyInstanceUid",
        "partitionName",
        "sequenceNumber",
        "serviceHostName",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "imageSeriesInstanceUid" => Some(0usize),
            "imageSopInstanceUid" => Some(1usize),
            "imageStudyInstanceUid" => Some(2usize),
            "partitionName" => Some(3usize),
            "sequenceNumber" => Some(4usize),
            "serviceHostName" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut image_series_instance_uid = None;
        let mut image_sop_instance_uid = None;
        let mut image_study_instance_uid = None;
        let mut partition_name = None;
        let mut sequence_number = None;
        let mut service_host_name = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut image_series_instance_uid,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut image_sop_instance_uid,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut image_study_instance_uid,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut partition_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(&mut map_, &mut sequence_number, rt::Num::<i64>::new())?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut service_host_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            image_series_instance_uid,
            image_sop_instance_uid,
            image_study_instance_uid,
            partition_name,
            sequence_number,
            service_host_name,
        })
    }
}
impl<'de> serde::Deserialize<'de> for HealthcareDicomImageDeletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.HealthcareApis.DicomImageUpdated` event.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct HealthcareDicomImageUpdatedEventData {
    /// JSON member `imageSeriesInstanceUid`: string; listed as required in the schema.
    #[serde(rename = "imageSeriesInstanceUid", skip_serializing_if = "Option::is_none")]
    pub image_series_instance_uid: Option<String>,
    /// JSON member `imageSopInstanceUid`: string; listed as required in the schema.
    #[serde(rename = "imageSopInstanceUid", skip_serializing_if = "Option::is_none")]
    pub image_sop_instance_uid: Option<String>,
    /// JSON member `imageStudyInstanceUid`: string; listed as required in the schema.
    #[serde(rename = "imageStudyInstanceUid", skip_serializing_if = "Option::is_none")]
    pub image_study_instance_uid: Option<String>,
    /// JSON member `partitionName`: string; listed as required in the schema.
    #[serde(rename = "partitionName", skip_serializing_if = "Option::is_none")]
    pub partition_name: Option<String>,
    /// JSON member `sequenceNumber`: integer (int64); listed as required in the schema.
    #[serde(rename = "sequenceNumber", skip_serializing_if = "Option::is_none")]
    pub sequence_number: Option<i64>,
    /// JSON member `serviceHostName`: string; listed as required in the schema.
    #[serde(rename = "serviceHostName", skip_serializing_if = "Option::is_none")]
    pub service_host_name: Option<String>,
}
impl rt::Members for HealthcareDicomImageUpdatedEventData {
    const NAMES: &'static [&'static str] = &[
        "imageSeriesInstanceUid",
        "imageSopInstanceUid",
        "imageStudyInstanceUid",
        "partitionName",
        "sequenceNumber",
        "serviceHostName",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "imageSeriesInstanceUid" => Some(0usize),
            "imageSopInstanceUid" => Some(1usize),
            "imageStudyInstanceUid" => Some(2usize),
            "partitionName" => Some(3usize),
            "sequenceNumber" => Some(4usize),
            "serviceHostName" => Some(5usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut image_series_instance_uid = None;
        let mut image_sop_instance_uid = None;
        let mut image_study_instance_uid = None;
        let mut partition_name = None;
        let mut sequence_number = None;
        let mut service_host_name = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut image_series_instance_uid,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut image_sop_instance_uid,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut image_study_instance_uid,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut partition_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                4usize => {
                    members_
                        .read(&mut map_, &mut sequence_number, rt::Num::<i64>::new())?;
                }
                5usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut service_host_name,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            image_series_instance_uid,
            image_sop_instance_uid,
            image_study_instance_uid,
            partition_name,
            sequence_number,
            service_host_name,
        })
    }
}
impl<'de> serde::Deserialize<'de> for HealthcareDicomImageUpdatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
/// The data of the `Microsoft.HealthcareApis.FhirResourceCreated` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct HealthcareFhirResourceCreatedEventData {
    /// JSON member `resourceFhirAccount`: string; listed as required in the schema.
    pub resource_fhir_account: Option<String>,
    /// JSON member `resourceFhirId`: string; listed as required in the schema.
    pub resource_fhir_id: Option<String>,
    /// JSON member `resourceType`: [`HealthcareFhirResourceType`]; listed as required in the schema.
    pub resource_type: Option<HealthcareFhirResourceType>,
    /// JSON member `resourceVersionId`: integer (int64); listed as required in the schema.
    pub resource_version_id: Option<i64>,
    spellings: rt::Spellings,
}
impl rt::Members for HealthcareFhirResourceCreatedEventData {
    const NAMES: &'static [&'static str] = &[
        "resourceFhirAccount",
        "resourceFhirId",
        "resourceType",
        "resourceVersionId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceFhirAccount" => Some(0usize),
            "resourceFhirId" => Some(1usize),
            "resourceType" => Some(2usize),
            "resourceVersionId" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_fhir_account = None;
        let mut resource_fhir_id = None;
        let mut resource_type = None;
        let mut resource_version_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_fhir_account,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_fhir_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut resource_type,
                            rt::Nullable(
                                rt::Spelled::<HealthcareFhirResourceType>::new(),
                            ),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_version_id,
                            rt::Num::<i64>::new(),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            resource_fhir_account,
            resource_fhir_id,
            resource_type,
            resource_version_id,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for HealthcareFhirResourceCreatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for HealthcareFhirResourceCreatedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.resource_fhir_account.is_some())
            + usize::from(self.resource_fhir_id.is_some())
            + usize::from(self.resource_type.is_some())
            + usize::from(self.resource_version_id.is_some());
        let mut state = serializer
            .serialize_struct("HealthcareFhirResourceCreatedEventData", len)?;
        if let Some(value) = &self.resource_fhir_account {
            state.serialize_field("resourceFhirAccount", value)?;
        } else {
            state.skip_field("resourceFhirAccount")?;
        }
        if let Some(value) = &self.resource_fhir_id {
            state.serialize_field("resourceFhirId", value)?;
        } else {
            state.skip_field("resourceFhirId")?;
        }
        if let Some(value) = &self.resource_type {
            state
                .serialize_field(
                    "resourceType",
                    self.spellings.of(2usize, value.as_str()),
                )?;
        } else {
            state.skip_field("resourceType")?;
        }
        if let Some(value) = &self.resource_version_id {
            state.serialize_field("resourceVersionId", value)?;
        } else {
            state.skip_field("resourceVersionId")?;
        }
        state.end()
    }
}
/// The data of the `Microsoft.HealthcareApis.FhirResourceDeleted` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct HealthcareFhirResourceDeletedEventData {
    /// JSON member `resourceFhirAccount`: string; listed as required in the schema.
    pub resource_fhir_account: Option<String>,
    /// JSON member `resourceFhirId`: string; listed as required in the schema.
    pub resource_fhir_id: Option<String>,
    /// JSON member `resourceType`: [`HealthcareFhirResourceType`]; listed as required in the schema.
    pub resource_type: Option<HealthcareFhirResourceType>,
    /// JSON member `resourceVersionId`: integer (int64); listed as required in the schema.
    pub resource_version_id: Option<i64>,
    spellings: rt::Spellings,
}
impl rt::Members for HealthcareFhirResourceDeletedEventData {
    const NAMES: &'static [&'static str] = &[
        "resourceFhirAccount",
        "resourceFhirId",
        "resourceType",
        "resourceVersionId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceFhirAccount" => Some(0usize),
            "resourceFhirId" => Some(1usize),
            "resourceType" => Some(2usize),
            "resourceVersionId" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_fhir_account = None;
        let mut resource_fhir_id = None;
        let mut resource_type = None;
        let mut resource_version_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_fhir_account,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_fhir_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut resource_type,
                            rt::Nullable(
                                rt::Spelled::<HealthcareFhirResourceType>::new(),
                            ),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_version_id,
                            rt::Num::<i64>::new(),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            resource_fhir_account,
            resource_fhir_id,
            resource_type,
            resource_version_id,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for HealthcareFhirResourceDeletedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for HealthcareFhirResourceDeletedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.resource_fhir_account.is_some())
            + usize::from(self.resource_fhir_id.is_some())
            + usize::from(self.resource_type.is_some())
            + usize::from(self.resource_version_id.is_some());
        let mut state = serializer
            .serialize_struct("HealthcareFhirResourceDeletedEventData", len)?;
        if let Some(value) = &self.resource_fhir_account {
            state.serialize_field("resourceFhirAccount", value)?;
        } else {
            state.skip_field("resourceFhirAccount")?;
        }
        if let Some(value) = &self.resource_fhir_id {
            state.serialize_field("resourceFhirId", value)?;
        } else {
            state.skip_field("resourceFhirId")?;
        }
        if let Some(value) = &self.resource_type {
            state
                .serialize_field(
                    "resourceType",
                    self.spellings.of(2usize, value.as_str()),
                )?;
        } else {
            state.skip_field("resourceType")?;
        }
        if let Some(value) = &self.resource_version_id {
            state.serialize_field("resourceVersionId", value)?;
        } else {
            state.skip_field("resourceVersionId")?;
        }
        state.end()
    }
}
/// The string enum `HealthcareFhirResourceType`, read ignoring letter case; values it does not list are kept verbatim in [`HealthcareFhirResourceType::Other`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HealthcareFhirResourceType {
    /// `Account`
    Account,
    /// `ActivityDefinition`
    ActivityDefinition,
    /// `AdverseEvent`
    AdverseEvent,
    /// `AllergyIntolerance`
    AllergyIntolerance,
    /// `Appointment`
    Appointment,
    /// `AppointmentResponse`
    AppointmentResponse,
    /// `AuditEvent`
    AuditEvent,
    /// `Basic`
    Basic,
    /// `Binary`
    Binary,
    /// `BiologicallyDerivedProduct`
    BiologicallyDerivedProduct,
    /// `BodySite`
    BodySite,
    /// `BodyStructure`
    BodyStructure,
    /// `Bundle`
    Bundle,
    /// `CapabilityStatement`
    CapabilityStatement,
    /// `CarePlan`
    CarePlan,
    /// `CareTeam`
    CareTeam,
    /// `CatalogEntry`
    CatalogEntry,
    /// `ChargeItem`
    ChargeItem,
    /// `ChargeItemDefinition`
    ChargeItemDefinition,
    /// `Claim`
    Claim,
    /// `ClaimResponse`
    ClaimResponse,
    /// `ClinicalImpression`
    ClinicalImpression,
    /// `CodeSystem`
    CodeSystem,
    /// `Communication`
    Communication,
    /// `CommunicationRequest`
    CommunicationRequest,
    /// `CompartmentDefinition`
    CompartmentDefinition,
    /// `Composition`
    Composition,
    /// `ConceptMap`
    ConceptMap,
    /// `Condition`
    Condition,
    /// `Consent`
    Consent,
    /// `Contract`
    Contract,
    /// `Coverage`
    Coverage,
    /// `CoverageEligibilityRequest`
    CoverageEligibilityRequest,
    /// `CoverageEligibilityResponse`
    CoverageEligibilityResponse,
    /// `DataElement`
    DataElement,
    /// `DetectedIssue`
    DetectedIssue,
    /// `Device`
    Device,
    /// `DeviceComponent`
    DeviceComponent,
    /// `DeviceDefinition`
    DeviceDefinition,
    /// `DeviceMetric`
    DeviceMetric,
    /// `DeviceRequest`
    DeviceRequest,
    /// `DeviceUseStatement`
    DeviceUseStatement,
    /// `DiagnosticReport`
    DiagnosticReport,
    /// `DocumentManifest`
    DocumentManifest,
    /// `DocumentReference`
    DocumentReference,
    /// `DomainResource`
    DomainResource,
    /// `EffectEvidenceSynthesis`
    EffectEvidenceSynthesis,
    /// `EligibilityRequest`
    EligibilityRequest,
    /// `EligibilityResponse`
    EligibilityResponse,
    /// `Encounter`
    Encounter,
    /// `Endpoint`
    Endpoint,
    /// `EnrollmentRequest`
    EnrollmentRequest,
    /// `EnrollmentResponse`
    EnrollmentResponse,
    /// `EpisodeOfCare`
    EpisodeOfCare,
    /// `EventDefinition`
    EventDefinition,
    /// `Evidence`
    Evidence,
    /// `EvidenceVariable`
    EvidenceVariable,
    /// `ExampleScenario`
    ExampleScenario,
    /// `ExpansionProfile`
    ExpansionProfile,
    /// `ExplanationOfBenefit`
    ExplanationOfBenefit,
    /// `FamilyMemberHistory`
    FamilyMemberHistory,
    /// `Flag`
    Flag,
    /// `Goal`
    Goal,
    /// `GraphDefinition`
    GraphDefinition,
    /// `Group`
    Group,
    /// `GuidanceResponse`
    GuidanceResponse,
    /// `HealthcareService`
    HealthcareService,
    /// `ImagingManifest`
    ImagingManifest,
    /// `ImagingStudy`
    ImagingStudy,
    /// `Immunization`
    Immunization,
    /// `ImmunizationEvaluation`
    ImmunizationEvaluation,
    /// `ImmunizationRecommendation`
    ImmunizationRecommendation,
    /// `ImplementationGuide`
    ImplementationGuide,
    /// `InsurancePlan`
    InsurancePlan,
    /// `Invoice`
    Invoice,
    /// `Library`
    Library,
    /// `Linkage`
    Linkage,
    /// `List`
    List,
    /// `Location`
    Location,
    /// `Measure`
    Measure,
    /// `MeasureReport`
    MeasureReport,
    /// `Media`
    Media,
    /// `Medication`
    Medication,
    /// `MedicationAdministration`
    MedicationAdministration,
    /// `MedicationDispense`
    MedicationDispense,
    /// `MedicationKnowledge`
    MedicationKnowledge,
    /// `MedicationRequest`
    MedicationRequest,
    /// `MedicationStatement`
    MedicationStatement,
    /// `MedicinalProduct`
    MedicinalProduct,
    /// `MedicinalProductAuthorization`
    MedicinalProductAuthorization,
    /// `MedicinalProductContraindication`
    MedicinalProductContraindication,
    /// `MedicinalProductIndication`
    MedicinalProductIndication,
    /// `MedicinalProductIngredient`
    MedicinalProductIngredient,
    /// `MedicinalProductInteraction`
    MedicinalProductInteraction,
    /// `MedicinalProductManufactured`
    MedicinalProductManufactured,
    /// `MedicinalProductPackaged`
    MedicinalProductPackaged,
    /// `MedicinalProductPharmaceutical`
    MedicinalProductPharmaceutical,
    /// `MedicinalProductUndesirableEffect`
    MedicinalProductUndesirableEffect,
    /// `MessageDefinition`
    MessageDefinition,
    /// `MessageHeader`
    MessageHeader,
    /// `MolecularSequence`
    MolecularSequence,
    /// `NamingSystem`
    NamingSystem,
    /// `NutritionOrder`
    NutritionOrder,
    /// `Observation`
    Observation,
    /// `ObservationDefinition`
    ObservationDefinition,
    /// `OperationDefinition`
    OperationDefinition,
    /// `OperationOutcome`
    OperationOutcome,
    /// `Organization`
    Organization,
    /// `OrganizationAffiliation`
    OrganizationAffiliation,
    /// `Parameters`
    Parameters,
    /// `Patient`
    Patient,
    /// `PaymentNotice`
    PaymentNotice,
    /// `PaymentReconciliation`
    PaymentReconciliation,
    /// `Person`
    Person,
    /// `PlanDefinition`
    PlanDefinition,
    /// `Practitioner`
    Practitioner,
    /// `PractitionerRole`
    PractitionerRole,
    /// `Procedure`
    Procedure,
    /// `ProcedureRequest`
    ProcedureRequest,
    /// `ProcessRequest`
    ProcessRequest,
    /// `ProcessResponse`
    ProcessResponse,
    /// `Provenance`
    Provenance,
    /// `Questionnaire`
    Questionnaire,
    /// `QuestionnaireResponse`
    QuestionnaireResponse,
    /// `ReferralRequest`
    ReferralRequest,
    /// `RelatedPerson`
    RelatedPerson,
    /// `RequestGroup`
    RequestGroup,
    /// `ResearchDefinition`
    ResearchDefinition,
    /// `ResearchElementDefinition`
    ResearchElementDefinition,
    /// `ResearchStudy`
    ResearchStudy,
    /// `ResearchSubject`
    ResearchSubject,
    /// `Resource`
    Resource,
    /// `RiskAssessment`
    RiskAssessment,
    /// `RiskEvidenceSynthesis`
    RiskEvidenceSynthesis,
    /// `Schedule`
    Schedule,
    /// `SearchParameter`
    SearchParameter,
    /// `Sequence`
    Sequence,
    /// `ServiceDefinition`
    ServiceDefinition,
    /// `ServiceRequest`
    ServiceRequest,
    /// `Slot`
    Slot,
    /// `Specimen`
    Specimen,
    /// `SpecimenDefinition`
    SpecimenDefinition,
    /// `StructureDefinition`
    StructureDefinition,
    /// `StructureMap`
    StructureMap,
    /// `Subscription`
    Subscription,
    /// `Substance`
    Substance,
    /// `SubstanceNucleicAcid`
    SubstanceNucleicAcid,
    /// `SubstancePolymer`
    SubstancePolymer,
    /// `SubstanceProtein`
    SubstanceProtein,
    /// `SubstanceReferenceInformation`
    SubstanceReferenceInformation,
    /// `SubstanceSourceMaterial`
    SubstanceSourceMaterial,
    /// `SubstanceSpecification`
    SubstanceSpecification,
    /// `SupplyDelivery`
    SupplyDelivery,
    /// `SupplyRequest`
    SupplyRequest,
    /// `Task`
    Task,
    /// `TerminologyCapabilities`
    TerminologyCapabilities,
    /// `TestReport`
    TestReport,
    /// `TestScript`
    TestScript,
    /// `ValueSet`
    ValueSet,
    /// `VerificationResult`
    VerificationResult,
    /// `VisionPrescription`
    VisionPrescription,
    /// A value not listed in the schema, kept verbatim.
    Other(String),
}
impl HealthcareFhirResourceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Account => "Account",
            Self::ActivityDefinition => "ActivityDefinition",
            Self::AdverseEvent => "AdverseEvent",
            Self::AllergyIntolerance => "AllergyIntolerance",
            Self::Appointment => "Appointment",
            Self::AppointmentResponse => "AppointmentResponse",
            Self::AuditEvent => "AuditEvent",
            Self::Basic => "Basic",
            Self::Binary => "Binary",
            Self::BiologicallyDerivedProduct => "BiologicallyDerivedProduct",
            Self::BodySite => "BodySite",
            Self::BodyStructure => "BodyStructure",
            Self::Bundle => "Bundle",
            Self::CapabilityStatement => "CapabilityStatement",
            Self::CarePlan => "CarePlan",
            Self::CareTeam => "CareTeam",
            Self::CatalogEntry => "CatalogEntry",
            Self::ChargeItem => "ChargeItem",
            Self::ChargeItemDefinition => "ChargeItemDefinition",
            Self::Claim => "Claim",
            Self::ClaimResponse => "ClaimResponse",
            Self::ClinicalImpression => "ClinicalImpression",
            Self::CodeSystem => "CodeSystem",
            Self::Communication => "Communication",
            Self::CommunicationRequest => "CommunicationRequest",
            Self::CompartmentDefinition => "CompartmentDefinition",
            Self::Composition => "Composition",
            Self::ConceptMap => "ConceptMap",
            Self::Condition => "Condition",
            Self::Consent => "Consent",
            Self::Contract => "Contract",
            Self::Coverage => "Coverage",
            Self::CoverageEligibilityRequest => "CoverageEligibilityRequest",
            Self::CoverageEligibilityResponse => "CoverageEligibilityResponse",
            Self::DataElement => "DataElement",
            Self::DetectedIssue => "DetectedIssue",
            Self::Device => "Device",
            Self::DeviceComponent => "DeviceComponent",
            Self::DeviceDefinition => "DeviceDefinition",
            Self::DeviceMetric => "DeviceMetric",
            Self::DeviceRequest => "DeviceRequest",
            Self::DeviceUseStatement => "DeviceUseStatement",
            Self::DiagnosticReport => "DiagnosticReport",
            Self::DocumentManifest => "DocumentManifest",
            Self::DocumentReference => "DocumentReference",
            Self::DomainResource => "DomainResource",
            Self::EffectEvidenceSynthesis => "EffectEvidenceSynthesis",
            Self::EligibilityRequest => "EligibilityRequest",
            Self::EligibilityResponse => "EligibilityResponse",
            Self::Encounter => "Encounter",
            Self::Endpoint => "Endpoint",
            Self::EnrollmentRequest => "EnrollmentRequest",
            Self::EnrollmentResponse => "EnrollmentResponse",
            Self::EpisodeOfCare => "EpisodeOfCare",
            Self::EventDefinition => "EventDefinition",
            Self::Evidence => "Evidence",
            Self::EvidenceVariable => "EvidenceVariable",
            Self::ExampleScenario => "ExampleScenario",
            Self::ExpansionProfile => "ExpansionProfile",
            Self::ExplanationOfBenefit => "ExplanationOfBenefit",
            Self::FamilyMemberHistory => "FamilyMemberHistory",
            Self::Flag => "Flag",
            Self::Goal => "Goal",
            Self::GraphDefinition => "GraphDefinition",
            Self::Group => "Group",
            Self::GuidanceResponse => "GuidanceResponse",
            Self::HealthcareService => "HealthcareService",
            Self::ImagingManifest => "ImagingManifest",
            Self::ImagingStudy => "ImagingStudy",
            Self::Immunization => "Immunization",
            Self::ImmunizationEvaluation => "ImmunizationEvaluation",
            Self::ImmunizationRecommendation => "ImmunizationRecommendation",
            Self::ImplementationGuide => "ImplementationGuide",
            Self::InsurancePlan => "InsurancePlan",
            Self::Invoice => "Invoice",
            Self::Library => "Library",
            Self::Linkage => "Linkage",
            Self::List => "List",
            Self::Location => "Location",
            Self::Measure => "Measure",
            Self::MeasureReport => "MeasureReport",
            Self::Media => "Media",
            Self::Medication => "Medication",
            Self::MedicationAdministration => "MedicationAdministration",
            Self::MedicationDispense => "MedicationDispense",
            Self::MedicationKnowledge => "MedicationKnowledge",
            Self::MedicationRequest => "MedicationRequest",
            Self::MedicationStatement => "MedicationStatement",
            Self::MedicinalProduct => "MedicinalProduct",
            Self::MedicinalProductAuthorization => "MedicinalProductAuthorization",
            Self::MedicinalProductContraindication => "MedicinalProductContraindication",
            Self::MedicinalProductIndication => "MedicinalProductIndication",
            Self::MedicinalProductIngredient => "MedicinalProductIngredient",
            Self::MedicinalProductInteraction => "MedicinalProductInteraction",
            Self::MedicinalProductManufactured => "MedicinalProductManufactured",
            Self::MedicinalProductPackaged => "MedicinalProductPackaged",
            Self::MedicinalProductPharmaceutical => "MedicinalProductPharmaceutical",
            Self::MedicinalProductUndesirableEffect => {
                "MedicinalProductUndesirableEffect"
            }
            Self::MessageDefinition => "MessageDefinition",
            Self::MessageHeader => "MessageHeader",
            Self::MolecularSequence => "MolecularSequence",
            Self::NamingSystem => "NamingSystem",
            Self::NutritionOrder => "NutritionOrder",
            Self::Observation => "Observation",
            Self::ObservationDefinition => "ObservationDefinition",
            Self::OperationDefinition => "OperationDefinition",
            Self::OperationOutcome => "OperationOutcome",
            Self::Organization => "Organization",
            Self::OrganizationAffiliation => "OrganizationAffiliation",
            Self::Parameters => "Parameters",
            Self::Patient => "Patient",
            Self::PaymentNotice => "PaymentNotice",
            Self::PaymentReconciliation => "PaymentReconciliation",
            Self::Person => "Person",
            Self::PlanDefinition => "PlanDefinition",
            Self::Practitioner => "Practitioner",
            Self::PractitionerRole => "PractitionerRole",
            Self::Procedure => "Procedure",
            Self::ProcedureRequest => "ProcedureRequest",
            Self::ProcessRequest => "ProcessRequest",
            Self::ProcessResponse => "ProcessResponse",
            Self::Provenance => "Provenance",
            Self::Questionnaire => "Questionnaire",
            Self::QuestionnaireResponse => "QuestionnaireResponse",
            Self::ReferralRequest => "ReferralRequest",
            Self::RelatedPerson => "RelatedPerson",
            Self::RequestGroup => "RequestGroup",
            Self::ResearchDefinition => "ResearchDefinition",
            Self::ResearchElementDefinition => "ResearchElementDefinition",
            Self::ResearchStudy => "ResearchStudy",
            Self::ResearchSubject => "ResearchSubject",
            Self::Resource => "Resource",
            Self::RiskAssessment => "RiskAssessment",
            Self::RiskEvidenceSynthesis => "RiskEvidenceSynthesis",
            Self::Schedule => "Schedule",
            Self::SearchParameter => "SearchParameter",
            Self::Sequence => "Sequence",
            Self::ServiceDefinition => "ServiceDefinition",
            Self::ServiceRequest => "ServiceRequest",
            Self::Slot => "Slot",
            Self::Specimen => "Specimen",
            Self::SpecimenDefinition => "SpecimenDefinition",
            Self::StructureDefinition => "StructureDefinition",
            Self::StructureMap => "StructureMap",
            Self::Subscription => "Subscription",
            Self::Substance => "Substance",
            Self::SubstanceNucleicAcid => "SubstanceNucleicAcid",
            Self::SubstancePolymer => "SubstancePolymer",
            Self::SubstanceProtein => "SubstanceProtein",
            Self::SubstanceReferenceInformation => "SubstanceReferenceInformation",
            Self::SubstanceSourceMaterial => "SubstanceSourceMaterial",
            Self::SubstanceSpecification => "SubstanceSpecification",
            Self::SupplyDelivery => "SupplyDelivery",
            Self::SupplyRequest => "SupplyRequest",
            Self::Task => "Task",
            Self::TerminologyCapabilities => "TerminologyCapabilities",
            Self::TestReport => "TestReport",
            Self::TestScript => "TestScript",
            Self::ValueSet => "ValueSet",
            Self::VerificationResult => "VerificationResult",
            Self::VisionPrescription => "VisionPrescription",
            Self::Other(value) => value,
        }
    }
}
impl rt::StringEnum for HealthcareFhirResourceType {
    const VALUES: &'static [&'static str] = &[
        "Account",
        "ActivityDefinition",
        "AdverseEvent",
        "AllergyIntolerance",
        "Appointment",
        "AppointmentResponse",
        "AuditEvent",
        "Basic",
        "Binary",
        "BiologicallyDerivedProduct",
        "BodySite",
        "BodyStructure",
        "Bundle",
        "CapabilityStatement",
        "CarePlan",
        "CareTeam",
        "CatalogEntry",
        "ChargeItem",
        "ChargeItemDefinition",
        "Claim",
        "ClaimResponse",
        "ClinicalImpression",
        "CodeSystem",
        "Communication",
        "CommunicationRequest",
        "CompartmentDefinition",
        "Composition",
        "ConceptMap",
        "Condition",
        "Consent",
        "Contract",
        "Coverage",
        "CoverageEligibilityRequest",
        "CoverageEligibilityResponse",
        "DataElement",
        "DetectedIssue",
        "Device",
        "DeviceComponent",
        "DeviceDefinition",
        "DeviceMetric",
        "DeviceRequest",
        "DeviceUseStatement",
        "DiagnosticReport",
        "DocumentManifest",
        "DocumentReference",
        "DomainResource",
        "EffectEvidenceSynthesis",
        "EligibilityRequest",
        "EligibilityResponse",
        "Encounter",
        "Endpoint",
        "EnrollmentRequest",
        "EnrollmentResponse",
        "EpisodeOfCare",
        "EventDefinition",
        "Evidence",
        "EvidenceVariable",
        "ExampleScenario",
        "ExpansionProfile",
        "ExplanationOfBenefit",
        "FamilyMemberHistory",
        "Flag",
        "Goal",
        "GraphDefinition",
        "Group",
        "GuidanceResponse",
        "HealthcareService",
        "ImagingManifest",
        "ImagingStudy",
        "Immunization",
        "ImmunizationEvaluation",
        "ImmunizationRecommendation",
        "ImplementationGuide",
        "InsurancePlan",
        "Invoice",
        "Library",
        "Linkage",
        "List",
        "Location",
        "Measure",
        "MeasureReport",
        "Media",
        "Medication",
        "MedicationAdministration",
        "MedicationDispense",
        "MedicationKnowledge",
        "MedicationRequest",
        "MedicationStatement",
        "MedicinalProduct",
        "MedicinalProductAuthorization",
        "MedicinalProductContraindication",
        "MedicinalProductIndication",
        "MedicinalProductIngredient",
        "MedicinalProductInteraction",
        "MedicinalProductManufactured",
        "MedicinalProductPackaged",
        "MedicinalProductPharmaceutical",
        "MedicinalProductUndesirableEffect",
        "MessageDefinition",
        "MessageHeader",
        "MolecularSequence",
        "NamingSystem",
        "NutritionOrder",
        "Observation",
        "ObservationDefinition",
        "OperationDefinition",
        "OperationOutcome",
        "Organization",
        "OrganizationAffiliation",
        "Parameters",
        "Patient",
        "PaymentNotice",
        "PaymentReconciliation",
        "Person",
        "PlanDefinition",
        "Practitioner",
        "PractitionerRole",
        "Procedure",
        "ProcedureRequest",
        "ProcessRequest",
        "ProcessResponse",
        "Provenance",
        "Questionnaire",
        "QuestionnaireResponse",
        "ReferralRequest",
        "RelatedPerson",
        "RequestGroup",
        "ResearchDefinition",
        "ResearchElementDefinition",
        "ResearchStudy",
        "ResearchSubject",
        "Resource",
        "RiskAssessment",
        "RiskEvidenceSynthesis",
        "Schedule",
        "SearchParameter",
        "Sequence",
        "ServiceDefinition",
        "ServiceRequest",
        "Slot",
        "Specimen",
        "SpecimenDefinition",
        "StructureDefinition",
        "StructureMap",
        "Subscription",
        "Substance",
        "SubstanceNucleicAcid",
        "SubstancePolymer",
        "SubstanceProtein",
        "SubstanceReferenceInformation",
        "SubstanceSourceMaterial",
        "SubstanceSpecification",
        "SupplyDelivery",
        "SupplyRequest",
        "Task",
        "TerminologyCapabilities",
        "TestReport",
        "TestScript",
        "ValueSet",
        "VerificationResult",
        "VisionPrescription",
    ];
    fn known(value: &str) -> Option<Self> {
        match value {
            "Account" => Some(Self::Account),
            "ActivityDefinition" => Some(Self::ActivityDefinition),
            "AdverseEvent" => Some(Self::AdverseEvent),
            "AllergyIntolerance" => Some(Self::AllergyIntolerance),
            "Appointment" => Some(Self::Appointment),
            "AppointmentResponse" => Some(Self::AppointmentResponse),
            "AuditEvent" => Some(Self::AuditEvent),
            "Basic" => Some(Self::Basic),
            "Binary" => Some(Self::Binary),
            "BiologicallyDerivedProduct" => Some(Self::BiologicallyDerivedProduct),
            "BodySite" => Some(Self::BodySite),
            "BodyStructure" => Some(Self::BodyStructure),
            "Bundle" => Some(Self::Bundle),
            "CapabilityStatement" => Some(Self::CapabilityStatement),
            "CarePlan" => Some(Self::CarePlan),
            "CareTeam" => Some(Self::CareTeam),
            "CatalogEntry" => Some(Self::CatalogEntry),
            "ChargeItem" => Some(Self::ChargeItem),
            "ChargeItemDefinition" => Some(Self::ChargeItemDefinition),
            "Claim" => Some(Self::Claim),
            "ClaimResponse" => Some(Self::ClaimResponse),
            "ClinicalImpression" => Some(Self::ClinicalImpression),
            "CodeSystem" => Some(Self::CodeSystem),
            "Communication" => Some(Self::Communication),
            "CommunicationRequest" => Some(Self::CommunicationRequest),
            "CompartmentDefinition" => Some(Self::CompartmentDefinition),
            "Composition" => Some(Self::Composition),
            "ConceptMap" => Some(Self::ConceptMap),
            "Condition" => Some(Self::Condition),
            "Consent" => Some(Self::Consent),
            "Contract" => Some(Self::Contract),
            "Coverage" => Some(Self::Coverage),
            "CoverageEligibilityRequest" => Some(Self::CoverageEligibilityRequest),
            "CoverageEligibilityResponse" => Some(Self::CoverageEligibilityResponse),
            "DataElement" => Some(Self::DataElement),
            "DetectedIssue" => Some(Self::DetectedIssue),
            "Device" => Some(Self::Device),
            "DeviceComponent" => Some(Self::DeviceComponent),
            "DeviceDefinition" => Some(Self::DeviceDefinition),
            "DeviceMetric" => Some(Self::DeviceMetric),
            "DeviceRequest" => Some(Self::DeviceRequest),
            "DeviceUseStatement" => Some(Self::DeviceUseStatement),
            "DiagnosticReport" => Some(Self::DiagnosticReport),
            "DocumentManifest" => Some(Self::DocumentManifest),
            "DocumentReference" => Some(Self::DocumentReference),
            "DomainResource" => Some(Self::DomainResource),
            "EffectEvidenceSynthesis" => Some(Self::EffectEvidenceSynthesis),
            "EligibilityRequest" => Some(Self::EligibilityRequest),
            "EligibilityResponse" => Some(Self::EligibilityResponse),
            "Encounter" => Some(Self::Encounter),
            "Endpoint" => Some(Self::Endpoint),
            "EnrollmentRequest" => Some(Self::EnrollmentRequest),
            "EnrollmentResponse" => Some(Self::EnrollmentResponse),
            "EpisodeOfCare" => Some(Self::EpisodeOfCare),
            "EventDefinition" => Some(Self::EventDefinition),
            "Evidence" => Some(Self::Evidence),
            "EvidenceVariable" => Some(Self::EvidenceVariable),
            "ExampleScenario" => Some(Self::ExampleScenario),
            "ExpansionProfile" => Some(Self::ExpansionProfile),
            "ExplanationOfBenefit" => Some(Self::ExplanationOfBenefit),
            "FamilyMemberHistory" => Some(Self::FamilyMemberHistory),
            "Flag" => Some(Self::Flag),
            "Goal" => Some(Self::Goal),
            "GraphDefinition" => Some(Self::GraphDefinition),
            "Group" => Some(Self::Group),
            "GuidanceResponse" => Some(Self::GuidanceResponse),
            "HealthcareService" => Some(Self::HealthcareService),
            "ImagingManifest" => Some(Self::ImagingManifest),
            "ImagingStudy" => Some(Self::ImagingStudy),
            "Immunization" => Some(Self::Immunization),
            "ImmunizationEvaluation" => Some(Self::ImmunizationEvaluation),
            "ImmunizationRecommendation" => Some(Self::ImmunizationRecommendation),
            "ImplementationGuide" => Some(Self::ImplementationGuide),
            "InsurancePlan" => Some(Self::InsurancePlan),
            "Invoice" => Some(Self::Invoice),
            "Library" => Some(Self::Library),
            "Linkage" => Some(Self::Linkage),
            "List" => Some(Self::List),
            "Location" => Some(Self::Location),
            "Measure" => Some(Self::Measure),
            "MeasureReport" => Some(Self::MeasureReport),
            "Media" => Some(Self::Media),
            "Medication" => Some(Self::Medication),
            "MedicationAdministration" => Some(Self::MedicationAdministration),
            "MedicationDispense" => Some(Self::MedicationDispense),
            "MedicationKnowledge" => Some(Self::MedicationKnowledge),
            "MedicationRequest" => Some(Self::MedicationRequest),
            "MedicationStatement" => Some(Self::MedicationStatement),
            "MedicinalProduct" => Some(Self::MedicinalProduct),
            "MedicinalProductAuthorization" => Some(Self::MedicinalProductAuthorization),
            "MedicinalProductContraindication" => {
                Some(Self::MedicinalProductContraindication)
            }
            "MedicinalProductIndication" => Some(Self::MedicinalProductIndication),
            "MedicinalProductIngredient" => Some(Self::MedicinalProductIngredient),
            "MedicinalProductInteraction" => Some(Self::MedicinalProductInteraction),
            "MedicinalProductManufactured" => Some(Self::MedicinalProductManufactured),
            "MedicinalProductPackaged" => Some(Self::MedicinalProductPackaged),
            "MedicinalProductPharmaceutical" => {
                Some(Self::MedicinalProductPharmaceutical)
            }
            "MedicinalProductUndesirableEffect" => {
                Some(Self::MedicinalProductUndesirableEffect)
            }
            "MessageDefinition" => Some(Self::MessageDefinition),
            "MessageHeader" => Some(Self::MessageHeader),
            "MolecularSequence" => Some(Self::MolecularSequence),
            "NamingSystem" => Some(Self::NamingSystem),
            "NutritionOrder" => Some(Self::NutritionOrder),
            "Observation" => Some(Self::Observation),
            "ObservationDefinition" => Some(Self::ObservationDefinition),
            "OperationDefinition" => Some(Self::OperationDefinition),
            "OperationOutcome" => Some(Self::OperationOutcome),
            "Organization" => Some(Self::Organization),
            "OrganizationAffiliation" => Some(Self::OrganizationAffiliation),
            "Parameters" => Some(Self::Parameters),
            "Patient" => Some(Self::Patient),
            "PaymentNotice" => Some(Self::PaymentNotice),
            "PaymentReconciliation" => Some(Self::PaymentReconciliation),
            "Person" => Some(Self::Person),
            "PlanDefinition" => Some(Self::PlanDefinition),
            "Practitioner" => Some(Self::Practitioner),
            "PractitionerRole" => Some(Self::PractitionerRole),
            "Procedure" => Some(Self::Procedure),
            "ProcedureRequest" => Some(Self::ProcedureRequest),
            "ProcessRequest" => Some(Self::ProcessRequest),
            "ProcessResponse" => Some(Self::ProcessResponse),
            "Provenance" => Some(Self::Provenance),
            "Questionnaire" => Some(Self::Questionnaire),
            "QuestionnaireResponse" => Some(Self::QuestionnaireResponse),
            "ReferralRequest" => Some(Self::ReferralRequest),
            "RelatedPerson" => Some(Self::RelatedPerson),
            "RequestGroup" => Some(Self::RequestGroup),
            "ResearchDefinition" => Some(Self::ResearchDefinition),
            "ResearchElementDefinition" => Some(Self::ResearchElementDefinition),
            "ResearchStudy" => Some(Self::ResearchStudy),
            "ResearchSubject" => Some(Self::ResearchSubject),
            "Resource" => Some(Self::Resource),
            "RiskAssessment" => Some(Self::RiskAssessment),
            "RiskEvidenceSynthesis" => Some(Self::RiskEvidenceSynthesis),
            "Schedule" => Some(Self::Schedule),
            "SearchParameter" => Some(Self::SearchParameter),
            "Sequence" => Some(Self::Sequence),
            "ServiceDefinition" => Some(Self::ServiceDefinition),
            "ServiceRequest" => Some(Self::ServiceRequest),
            "Slot" => Some(Self::Slot),
            "Specimen" => Some(Self::Specimen),
            "SpecimenDefinition" => Some(Self::SpecimenDefinition),
            "StructureDefinition" => Some(Self::StructureDefinition),
            "StructureMap" => Some(Self::StructureMap),
            "Subscription" => Some(Self::Subscription),
            "Substance" => Some(Self::Substance),
            "SubstanceNucleicAcid" => Some(Self::SubstanceNucleicAcid),
            "SubstancePolymer" => Some(Self::SubstancePolymer),
            "SubstanceProtein" => Some(Self::SubstanceProtein),
            "SubstanceReferenceInformation" => Some(Self::SubstanceReferenceInformation),
            "SubstanceSourceMaterial" => Some(Self::SubstanceSourceMaterial),
            "SubstanceSpecification" => Some(Self::SubstanceSpecification),
            "SupplyDelivery" => Some(Self::SupplyDelivery),
            "SupplyRequest" => Some(Self::SupplyRequest),
            "Task" => Some(Self::Task),
            "TerminologyCapabilities" => Some(Self::TerminologyCapabilities),
            "TestReport" => Some(Self::TestReport),
            "TestScript" => Some(Self::TestScript),
            "ValueSet" => Some(Self::ValueSet),
            "VerificationResult" => Some(Self::VerificationResult),
            "VisionPrescription" => Some(Self::VisionPrescription),
            _ => None,
        }
    }
    fn listed(index: usize) -> Option<Self> {
        match index {
            0usize => Some(Self::Account),
            1usize => Some(Self::ActivityDefinition),
            2usize => Some(Self::AdverseEvent),
            3usize => Some(Self::AllergyIntolerance),
            4usize => Some(Self::Appointment),
            5usize => Some(Self::AppointmentResponse),
            6usize => Some(Self::AuditEvent),
            7usize => Some(Self::Basic),
            8usize => Some(Self::Binary),
            9usize => Some(Self::BiologicallyDerivedProduct),
            10usize => Some(Self::BodySite),
            11usize => Some(Self::BodyStructure),
            12usize => Some(Self::Bundle),
            13usize => Some(Self::CapabilityStatement),
            14usize => Some(Self::CarePlan),
            15usize => Some(Self::CareTeam),
            16usize => Some(Self::CatalogEntry),
            17usize => Some(Self::ChargeItem),
            18usize => Some(Self::ChargeItemDefinition),
            19usize => Some(Self::Claim),
            20usize => Some(Self::ClaimResponse),
            21usize => Some(Self::ClinicalImpression),
            22usize => Some(Self::CodeSystem),
            23usize => Some(Self::Communication),
            24usize => Some(Self::CommunicationRequest),
            25usize => Some(Self::CompartmentDefinition),
            26usize => Some(Self::Composition),
            27usize => Some(Self::ConceptMap),
            28usize => Some(Self::Condition),
            29usize => Some(Self::Consent),
            30usize => Some(Self::Contract),
            31usize => Some(Self::Coverage),
            32usize => Some(Self::CoverageEligibilityRequest),
            33usize => Some(Self::CoverageEligibilityResponse),
            34usize => Some(Self::DataElement),
            35usize => Some(Self::DetectedIssue),
            36usize => Some(Self::Device),
            37usize => Some(Self::DeviceComponent),
            38usize => Some(Self::DeviceDefinition),
            39usize => Some(Self::DeviceMetric),
            40usize => Some(Self::DeviceRequest),
            41usize => Some(Self::DeviceUseStatement),
            42usize => Some(Self::DiagnosticReport),
            43usize => Some(Self::DocumentManifest),
            44usize => Some(Self::DocumentReference),
            45usize => Some(Self::DomainResource),
            46usize => Some(Self::EffectEvidenceSynthesis),
            47usize => Some(Self::EligibilityRequest),
            48usize => Some(Self::EligibilityResponse),
            49usize => Some(Self::Encounter),
            50usize => Some(Self::Endpoint),
            51usize => Some(Self::EnrollmentRequest),
            52usize => Some(Self::EnrollmentResponse),
            53usize => Some(Self::EpisodeOfCare),
            54usize => Some(Self::EventDefinition),
            55usize => Some(Self::Evidence),
            56usize => Some(Self::EvidenceVariable),
            57usize => Some(Self::ExampleScenario),
            58usize => Some(Self::ExpansionProfile),
            59usize => Some(Self::ExplanationOfBenefit),
            60usize => Some(Self::FamilyMemberHistory),
            61usize => Some(Self::Flag),
            62usize => Some(Self::Goal),
            63usize => Some(Self::GraphDefinition),
            64usize => Some(Self::Group),
            65usize => Some(Self::GuidanceResponse),
            66usize => Some(Self::HealthcareService),
            67usize => Some(Self::ImagingManifest),
            68usize => Some(Self::ImagingStudy),
            69usize => Some(Self::Immunization),
            70usize => Some(Self::ImmunizationEvaluation),
            71usize => Some(Self::ImmunizationRecommendation),
            72usize => Some(Self::ImplementationGuide),
            73usize => Some(Self::InsurancePlan),
            74usize => Some(Self::Invoice),
            75usize => Some(Self::Library),
            76usize => Some(Self::Linkage),
            77usize => Some(Self::List),
            78usize => Some(Self::Location),
            79usize => Some(Self::Measure),
            80usize => Some(Self::MeasureReport),
            81usize => Some(Self::Media),
            82usize => Some(Self::Medication),
            83usize => Some(Self::MedicationAdministration),
            84usize => Some(Self::MedicationDispense),
            85usize => Some(Self::MedicationKnowledge),
            86usize => Some(Self::MedicationRequest),
            87usize => Some(Self::MedicationStatement),
            88usize => Some(Self::MedicinalProduct),
            89usize => Some(Self::MedicinalProductAuthorization),
            90usize => Some(Self::MedicinalProductContraindication),
            91usize => Some(Self::MedicinalProductIndication),
            92usize => Some(Self::MedicinalProductIngredient),
            93usize => Some(Self::MedicinalProductInteraction),
            94usize => Some(Self::MedicinalProductManufactured),
            95usize => Some(Self::MedicinalProductPackaged),
            96usize => Some(Self::MedicinalProductPharmaceutical),
            97usize => Some(Self::MedicinalProductUndesirableEffect),
            98usize => Some(Self::MessageDefinition),
            99usize => Some(Self::MessageHeader),
            100usize => Some(Self::MolecularSequence),
            101usize => Some(Self::NamingSystem),
            102usize => Some(Self::NutritionOrder),
            103usize => Some(Self::Observation),
            104usize => Some(Self::ObservationDefinition),
            105usize => Some(Self::OperationDefinition),
            106usize => Some(Self::OperationOutcome),
            107usize => Some(Self::Organization),
            108usize => Some(Self::OrganizationAffiliation),
            109usize => Some(Self::Parameters),
            110usize => Some(Self::Patient),
            111usize => Some(Self::PaymentNotice),
            112usize => Some(Self::PaymentReconciliation),
            113usize => Some(Self::Person),
            114usize => Some(Self::PlanDefinition),
            115usize => Some(Self::Practitioner),
            116usize => Some(Self::PractitionerRole),
            117usize => Some(Self::Procedure),
            118usize => Some(Self::ProcedureRequest),
            119usize => Some(Self::ProcessRequest),
            120usize => Some(Self::ProcessResponse),
            121usize => Some(Self::Provenance),
            122usize => Some(Self::Questionnaire),
            123usize => Some(Self::QuestionnaireResponse),
            124usize => Some(Self::ReferralRequest),
            125usize => Some(Self::RelatedPerson),
            126usize => Some(Self::RequestGroup),
            127usize => Some(Self::ResearchDefinition),
            128usize => Some(Self::ResearchElementDefinition),
            129usize => Some(Self::ResearchStudy),
            130usize => Some(Self::ResearchSubject),
            131usize => Some(Self::Resource),
            132usize => Some(Self::RiskAssessment),
            133usize => Some(Self::RiskEvidenceSynthesis),
            134usize => Some(Self::Schedule),
            135usize => Some(Self::SearchParameter),
            136usize => Some(Self::Sequence),
            137usize => Some(Self::ServiceDefinition),
            138usize => Some(Self::ServiceRequest),
            139usize => Some(Self::Slot),
            140usize => Some(Self::Specimen),
            141usize => Some(Self::SpecimenDefinition),
            142usize => Some(Self::StructureDefinition),
            143usize => Some(Self::StructureMap),
            144usize => Some(Self::Subscription),
            145usize => Some(Self::Substance),
            146usize => Some(Self::SubstanceNucleicAcid),
            147usize => Some(Self::SubstancePolymer),
            148usize => Some(Self::SubstanceProtein),
            149usize => Some(Self::SubstanceReferenceInformation),
            150usize => Some(Self::SubstanceSourceMaterial),
            151usize => Some(Self::SubstanceSpecification),
            152usize => Some(Self::SupplyDelivery),
            153usize => Some(Self::SupplyRequest),
            154usize => Some(Self::Task),
            155usize => Some(Self::TerminologyCapabilities),
            156usize => Some(Self::TestReport),
            157usize => Some(Self::TestScript),
            158usize => Some(Self::ValueSet),
            159usize => Some(Self::VerificationResult),
            160usize => Some(Self::VisionPrescription),
            _ => None,
        }
    }
    fn other(value: String) -> Self {
        Self::Other(value)
    }
    fn wire(&self) -> &str {
        self.as_str()
    }
}
impl From<String> for HealthcareFhirResourceType {
    fn from(value: String) -> Self {
        rt::StringEnum::from_string(value)
    }
}
impl serde::Serialize for HealthcareFhirResourceType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for HealthcareFhirResourceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::string_enum(deserializer)
    }
}
/// The data of the `Microsoft.HealthcareApis.FhirResourceUpdated` event.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct HealthcareFhirResourceUpdatedEventData {
    /// JSON member `resourceFhirAccount`: string; listed as required in the schema.
    pub resource_fhir_account: Option<String>,
    /// JSON member `resourceFhirId`: string; listed as required in the schema.
    pub resource_fhir_id: Option<String>,
    /// JSON member `resourceType`: [`HealthcareFhirResourceType`]; listed as required in the schema.
    pub resource_type: Option<HealthcareFhirResourceType>,
    /// JSON member `resourceVersionId`: integer (int64); listed as required in the schema.
    pub resource_version_id: Option<i64>,
    spellings: rt::Spellings,
}
impl rt::Members for HealthcareFhirResourceUpdatedEventData {
    const NAMES: &'static [&'static str] = &[
        "resourceFhirAccount",
        "resourceFhirId",
        "resourceType",
        "resourceVersionId",
    ];
    const ALIASES: &'static [(&'static str, usize)] = &[];
    fn exact(name: &str) -> Option<usize> {
        match name {
            "resourceFhirAccount" => Some(0usize),
            "resourceFhirId" => Some(1usize),
            "resourceType" => Some(2usize),
            "resourceVersionId" => Some(3usize),
            _ => None,
        }
    }
    fn read_members<'de, A: serde::de::MapAccess<'de>>(
        mut map_: A,
    ) -> Result<Self, A::Error> {
        let mut resource_fhir_account = None;
        let mut resource_fhir_id = None;
        let mut resource_type = None;
        let mut resource_version_id = None;
        let mut members_ = rt::MemberReader::<Self>::new();
        while let Some(index_) = members_.next_field(&mut map_)? {
            match index_ {
                0usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_fhir_account,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                1usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_fhir_id,
                            rt::Nullable(rt::Plain::<String>::new()),
                        )?;
                }
                2usize => {
                    members_
                        .read_enum(
                            &mut map_,
                            &mut resource_type,
                            rt::Nullable(
                                rt::Spelled::<HealthcareFhirResourceType>::new(),
                            ),
                        )?;
                }
                3usize => {
                    members_
                        .read(
                            &mut map_,
                            &mut resource_version_id,
                            rt::Num::<i64>::new(),
                        )?;
                }
                _ => {
                    map_.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Self {
            resource_fhir_account,
            resource_fhir_id,
            resource_type,
            resource_version_id,
            spellings: members_.into_spellings(),
        })
    }
}
impl<'de> serde::Deserialize<'de> for HealthcareFhirResourceUpdatedEventData {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::members(deserializer)
    }
}
impl serde::Serialize for HealthcareFhirResourceUpdatedEventData {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = usize::from(self.resource_fhir_account.is_some())
            + usize::from(self.resource_fhir_id.is_some())
            + usize::from(self.resource_type.is_some())
            + usize::from(self.resource_version_id.is_some());
        let mut state = serializer
            .serialize_struct("HealthcareFhirResourceUpdatedEventData", len)?;
        if let Some(value) = &self.resource_fhir_account {
            state.serialize_field("resourceFhirAccount", value)?;
        } else {
            state.skip_field("resourceFhirAccount")?;
        }
        if let Some(value) = &self.resource_fhir_id {
            state.serialize_field("resourceFhirId", value)?;
        } else {
            state.skip_field("resourceFhirId")?;
        }
        if let Some(value) = &self.resource_type {
            state
                .serialize_field(
                    "resourceType",
                    self.spellings.of(2usize, value.as_str()),
                )?;
        } else {
            state.skip_field("resourceType")?;
        }
        if let Some(value) = &self.resource_version_id {
            state.serialize_field("resourceVersionId", value)?;
        } else {
            state.skip_field("resourceVersionId")?;
        }
        state.end()
    }
}
