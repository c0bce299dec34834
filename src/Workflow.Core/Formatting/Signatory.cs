using Workflow.Core.Engine;

namespace Workflow.Core.Formatting;

/// <summary>
/// Who signs a marginal note, as it is printed under it: the person's name, their own position and level
/// (นิติกรชำนาญการ) when known, the post acted for as written on memos (ปลัดเทศบาลตำบลโชคชัย), the capacity, and the
/// order (คำสั่งที่ …) an acting or delegated person acted by.
/// </summary>
public sealed record Signatory(string Name, string? PersonalTitle, string PostTitle, Capacity Capacity, string? OrderNumber = null);
