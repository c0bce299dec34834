using System.Text.Json.Serialization;

namespace Workflow.Core.Classification;

/// <summary>
/// ชั้นความลับ carried by electronic correspondence: none, ลับ or ลับมาก. ลับที่สุด is not carried electronically under
/// the regulation, so it has no value here and is refused where it is asked for. The numeric values are stored.
/// </summary>
[JsonConverter(typeof(ClassJsonConverter<Secrecy>))]
public enum Secrecy
{
    None = 0,
    Confidential = 1,
    Secret = 2,
}
