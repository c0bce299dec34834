using System.Text.Json.Serialization;

namespace Workflow.Core.Classification;

/// <summary>
/// ชั้นความเร็ว of the correspondence regulation: none by default, else ด่วน, ด่วนมาก or ด่วนที่สุด, in rising order
/// (inboxes sort by it, deadlines shorten with it). The numeric values are stored; never renumber them.
/// </summary>
[JsonConverter(typeof(ClassJsonConverter<Urgency>))]
public enum Urgency
{
    None = 0,
    Urgent = 1,
    VeryUrgent = 2,
    MostUrgent = 3,
}
