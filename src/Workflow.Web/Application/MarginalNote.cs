using Workflow.Core.Engine;
using Workflow.Core.Formatting;

namespace Workflow.Web.Application;

/// <summary>Writes an action the way it appears in the margin of a Thai memo (เกษียณหนังสือ).</summary>
public static class MarginalNote
{
    public static IReadOnlyList<string> Lines(ActionKind action, string? addressedTo, string? note, string userName, string positionTh, Capacity capacity, DateOnly date)
    {
        var lines = new List<string>();
        if (addressedTo is not null)
            lines.Add($"เรียน {addressedTo}");
        var text = action switch
        {
            ActionKind.Return => $"ส่งคืนเพื่อแก้ไข: {note}",
            ActionKind.Refuse => $"ไม่อนุญาต: {note}",
            ActionKind.Sign => note ?? "อนุมัติ",
            ActionKind.Withdraw => note is null ? "ถอนเรื่อง" : $"ถอนเรื่อง: {note}",
            ActionKind.Submit => "เสนอเพื่อโปรดพิจารณา",
            _ => note,
        };
        if (text is not null)
            lines.Add($"- {text}");
        lines.Add($"({userName})");
        lines.Add(capacity == Capacity.Acting ? $"รักษาราชการแทน{positionTh}" : positionTh);
        lines.Add(ThaiDate.Format(date));
        return lines;
    }
}
