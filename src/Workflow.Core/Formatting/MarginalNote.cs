using Workflow.Core.Engine;

namespace Workflow.Core.Formatting;

/// <summary>Writes an action the way it appears in the margin of a Thai memo (เกษียณหนังสือ); the lines are ADR 19's.</summary>
public static class MarginalNote
{
    public const string OrderPrefix = "ตามคำสั่งที่ ";

    /// <summary>"เรียน …" when addressed, "- " and the text, then the signature (<see cref="Signature"/>) and the date.</summary>
    public static IReadOnlyList<string> Lines(ActionKind action, string? addressedTo, string? note, Signatory signer, DateOnly date)
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
            ActionKind.Declassify => $"ยกเลิกชั้นความลับ: {note}",
            _ => note,
        };
        if (text is not null)
            lines.Add($"- {text}");
        lines.AddRange(Signature(signer));
        lines.Add(ThaiDate.Format(date));
        return lines;
    }

    /// <summary>
    /// "(name)"; the personal title, unless the capacity line already begins with it ("นายกเทศมนตรี" under
    /// "นายกเทศมนตรีตำบลโชคชัย" would say it twice); the capacity line (<see cref="CapacityWording"/>); and, acting or
    /// delegated, "ตามคำสั่งที่ …" in Thai digits when there is an order.
    /// </summary>
    public static IReadOnlyList<string> Signature(Signatory signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var capacityLine = CapacityWording.Line(signer.Capacity, signer.PostTitle);
        var lines = new List<string> { $"({signer.Name})" };
        var title = signer.PersonalTitle?.Trim();
        if (!string.IsNullOrEmpty(title) && !capacityLine.StartsWith(title, StringComparison.Ordinal))
            lines.Add(title);
        lines.Add(capacityLine);
        if (signer.Capacity != Capacity.Self && !string.IsNullOrWhiteSpace(signer.OrderNumber))
            lines.Add(OrderPrefix + ThaiDigits.ToThai(signer.OrderNumber.Trim()));
        return lines;
    }
}
