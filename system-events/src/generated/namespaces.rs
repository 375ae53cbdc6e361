// @generated from system-events/schemas by `cargo run -p eventgrid-codegen -- system-events`.
// DO NOT EDIT: change the schemas or the generator and run that command.
/// `Microsoft.ApiCenter` events: typed data of 2 event types (cargo feature `apicenter`).
#[cfg(feature = "apicenter")]
#[cfg_attr(docsrs, doc(cfg(feature = "apicenter")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod apicenter {
    use crate::__private as rt;
    include!("apicenter.rs");
}
/// `Microsoft.ApiManagement` events: typed data of 30 event types (cargo feature `apimanagement`).
#[cfg(feature = "apimanagement")]
#[cfg_attr(docsrs, doc(cfg(feature = "apimanagement")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod apimanagement {
    use crate::__private as rt;
    include!("apimanagement.rs");
}
/// `Microsoft.AppConfiguration` events: typed data of 4 event types (cargo feature `appconfiguration`).
#[cfg(feature = "appconfiguration")]
#[cfg_attr(docsrs, doc(cfg(feature = "appconfiguration")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod appconfiguration {
    use crate::__private as rt;
    include!("appconfiguration.rs");
}
/// `Microsoft.AVS` events: typed data of 12 event types (cargo feature `avs`).
#[cfg(feature = "avs")]
#[cfg_attr(docsrs, doc(cfg(feature = "avs")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod avs {
    use crate::__private as rt;
    include!("avs.rs");
}
/// `Microsoft.Cache` events: typed data of 4 event types (cargo feature `cache`).
#[cfg(feature = "cache")]
#[cfg_attr(docsrs, doc(cfg(feature = "cache")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod cache {
    use crate::__private as rt;
    include!("cache.rs");
}
/// `Microsoft.Communication` events: typed data of 53 event types (cargo feature `communication`).
#[cfg(feature = "communication")]
#[cfg_attr(docsrs, doc(cfg(feature = "communication")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod communication {
    use crate::__private as rt;
    include!("communication.rs");
}
/// `Microsoft.Compute` events: typed data of 1 event types (cargo feature `compute`).
#[cfg(feature = "compute")]
#[cfg_attr(docsrs, doc(cfg(feature = "compute")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod compute {
    use crate::__private as rt;
    include!("compute.rs");
}
/// `Microsoft.ContainerRegistry` events: typed data of 4 event types (cargo feature `containerregistry`).
#[cfg(feature = "containerregistry")]
#[cfg_attr(docsrs, doc(cfg(feature = "containerregistry")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod containerregistry {
    use crate::__private as rt;
    include!("containerregistry.rs");
}
/// `Microsoft.ContainerService` events: typed data of 6 event types (cargo feature `containerservice`).
#[cfg(feature = "containerservice")]
#[cfg_attr(docsrs, doc(cfg(feature = "containerservice")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod containerservice {
    use crate::__private as rt;
    include!("containerservice.rs");
}
/// `Microsoft.DataBox` events: typed data of 3 event types (cargo feature `databox`).
#[cfg(feature = "databox")]
#[cfg_attr(docsrs, doc(cfg(feature = "databox")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod databox {
    use crate::__private as rt;
    include!("databox.rs");
}
/// `Microsoft.Devices` events: typed data of 5 event types (cargo feature `devices`).
#[cfg(feature = "devices")]
#[cfg_attr(docsrs, doc(cfg(feature = "devices")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod devices {
    use crate::__private as rt;
    include!("devices.rs");
}
/// `Microsoft.Edge` events: typed data of 1 event types (cargo feature `edge`).
#[cfg(feature = "edge")]
#[cfg_attr(docsrs, doc(cfg(feature = "edge")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod edge {
    use crate::__private as rt;
    include!("edge.rs");
}
/// `Microsoft.EventGrid` events: typed data of 6 event types (cargo feature `eventgrid`).
#[cfg(feature = "eventgrid")]
#[cfg_attr(docsrs, doc(cfg(feature = "eventgrid")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod eventgrid {
    use crate::__private as rt;
    include!("eventgrid.rs");
}
/// `Microsoft.EventHub` events: typed data of 1 event types (cargo feature `eventhub`).
#[cfg(feature = "eventhub")]
#[cfg_attr(docsrs, doc(cfg(feature = "eventhub")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod eventhub {
    use crate::__private as rt;
    include!("eventhub.rs");
}
/// `Microsoft.HealthcareApis` events: typed data of 6 event types (cargo feature `healthcareapis`).
#[cfg(feature = "healthcareapis")]
#[cfg_attr(docsrs, doc(cfg(feature = "healthcareapis")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod healthcareapis {
    use crate::__private as rt;
    include!("healthcareapis.rs");
}
/// `Microsoft.KeyVault` events: typed data of 10 event types (cargo feature `keyvault`).
#[cfg(feature = "keyvault")]
#[cfg_attr(docsrs, doc(cfg(feature = "keyvault")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod keyvault {
    use crate::__private as rt;
    include!("keyvault.rs");
}
/// `Microsoft.MachineLearningServices` events: typed data of 5 event types (cargo feature `machinelearningservices`).
#[cfg(feature = "machinelearningservices")]
#[cfg_attr(docsrs, doc(cfg(feature = "machinelearningservices")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod machinelearningservices {
    use crate::__private as rt;
    include!("machinelearningservices.rs");
}
/// `Microsoft.Maps` events: typed data of 3 event types (cargo feature `maps`).
#[cfg(feature = "maps")]
#[cfg_attr(docsrs, doc(cfg(feature = "maps")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod maps {
    use crate::__private as rt;
    include!("maps.rs");
}
/// `Microsoft.Media` events: typed data of 25 event types (cargo feature `media`).
#[cfg(feature = "media")]
#[cfg_attr(docsrs, doc(cfg(feature = "media")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod media {
    use crate::__private as rt;
    include!("media.rs");
}
/// `Microsoft.PolicyInsights` events: typed data of 3 event types (cargo feature `policyinsights`).
#[cfg(feature = "policyinsights")]
#[cfg_attr(docsrs, doc(cfg(feature = "policyinsights")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod policyinsights {
    use crate::__private as rt;
    include!("policyinsights.rs");
}
/// `Microsoft.ResourceNotifications` events: typed data of 5 event types (cargo feature `resourcenotifications`).
#[cfg(feature = "resourcenotifications")]
#[cfg_attr(docsrs, doc(cfg(feature = "resourcenotifications")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod resourcenotifications {
    use crate::__private as rt;
    include!("resourcenotifications.rs");
}
/// `Microsoft.Resources` events: typed data of 9 event types (cargo feature `resources`).
#[cfg(feature = "resources")]
#[cfg_attr(docsrs, doc(cfg(feature = "resources")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod resources {
    use crate::__private as rt;
    include!("resources.rs");
}
/// `Microsoft.ServiceBus` events: typed data of 4 event types (cargo feature `servicebus`).
#[cfg(feature = "servicebus")]
#[cfg_attr(docsrs, doc(cfg(feature = "servicebus")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod servicebus {
    use crate::__private as rt;
    include!("servicebus.rs");
}
/// `Microsoft.SignalRService` events: typed data of 2 event types (cargo feature `signalrservice`).
#[cfg(feature = "signalrservice")]
#[cfg_attr(docsrs, doc(cfg(feature = "signalrservice")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod signalrservice {
    use crate::__private as rt;
    include!("signalrservice.rs");
}
/// `Microsoft.Storage` events: typed data of 14 event types (cargo feature `storage`).
#[cfg(feature = "storage")]
#[cfg_attr(docsrs, doc(cfg(feature = "storage")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod storage {
    use crate::__private as rt;
    include!("storage.rs");
}
/// `Microsoft.Web` events: typed data of 13 event types (cargo feature `web`).
#[cfg(feature = "web")]
#[cfg_attr(docsrs, doc(cfg(feature = "web")))]
#[allow(
    clippy::struct_field_names,
    clippy::enum_variant_names,
    clippy::upper_case_acronyms,
    clippy::struct_excessive_bools,
    clippy::too_many_lines,
    clippy::similar_names
)]
pub mod web {
    use crate::__private as rt;
    include!("web.rs");
}
