using Workflow.Core.Classification;
using Workflow.Web.Public;

namespace Workflow.Web.Tests.Pdf;

/// <summary>A published snapshot shaped like the reference memo: three Thai paragraphs, the chain's marginal notes, one acting.</summary>
public static class ReferenceMemo
{
    public const string Subject = "ขออนุญาตเผยแพร่รายงานผลการดำเนินงานด้านกฎหมายประจำปีงบประมาณ พ.ศ. ๒๕๖๙ บนเว็บไซต์ของเทศบาล";

    public const string Acting = "รักษาราชการแทนปลัดเทศบาลตำบลโชคชัย";

    public static readonly string[] Paragraphs =
    [
        "ตามที่ เทศบาลตำบลโชคชัย ได้มอบหมายให้งานนิติการ สำนักปลัดเทศบาล จัดทำรายงานผลการดำเนินงานด้านกฎหมายประจำปีงบประมาณ พ.ศ. ๒๕๖๙ เพื่อเป็นข้อมูลประกอบการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ นั้น",
        "บัดนี้ งานนิติการได้จัดทำรายงานดังกล่าวเสร็จเรียบร้อยแล้ว จำนวน ๑ ฉบับ รายละเอียดปรากฏตามเอกสารที่แนบมาพร้อมนี้ จึงขออนุญาตนำรายงานดังกล่าวเผยแพร่บนเว็บไซต์ของเทศบาลตำบลโชคชัยต่อไป",
        "จึงเรียนมาเพื่อโปรดทราบและพิจารณาอนุญาต",
    ];

    public static readonly string[] Names = ["นางสาวพิมพ์ใจ ใจดี", "นายสมชาย รักงาน", "นางสมศรี มีสุข", "จ.อ.วิชัย กล้าหาญ", "นายประเสริฐ ศรีโชคชัย"];

    public static PublishedMemo Build(Urgency urgency = Urgency.None, int notes = 4)
    {
        var signedAt = new DateTimeOffset(2026, 4, 28, 9, 30, 0, TimeSpan.FromHours(7));
        var chain = new List<PublishedAction> { Action(0, "Submit", 0, ["- เสนอเพื่อโปรดพิจารณา", $"({Names[0]})", "นิติกรชำนาญการ", "๒๘ เมษายน ๒๕๖๙"]) };
        for (var i = 1; i <= notes; i++)
            chain.Add(Note(i, notes));
        return new PublishedMemo(
            Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), "memo-approval", "นม ๕๓๘๐๑/๓๓๕", "๒๘ เมษายน พ.ศ. ๒๕๖๙",
            "สำนักปลัดเทศบาล เทศบาลตำบลโชคชัย โทร. ๐ ๔๔๔๗ ๑๒๓๔", Subject, "นายกเทศมนตรีตำบลโชคชัย", Paragraphs,
            Names[0], "นิติกร", chain,
            [new PublishedAttachment(Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff"), "รายงานผลการดำเนินงาน ๒๕๖๙.pdf", 120_000, new string('a', 64))],
            signedAt, "๒๘ เมษายน พ.ศ. ๒๕๖๙", "นิติกรชำนาญการ", urgency);
    }

    /// <summary>Note i of n: the last one signs, the third is written by an acting clerk.</summary>
    private static PublishedAction Note(int i, int count)
    {
        var name = Names[1 + (i - 1) % 4];
        var sign = i == count;
        var capacity = i == 3 ? Acting : "หัวหน้าฝ่ายปกครอง";
        var lines = new List<string> { $"เรียน {(sign ? "ผู้เกี่ยวข้อง" : "นายกเทศมนตรีตำบลโชคชัย")}", sign ? "- อนุญาต" : $"- เพื่อโปรดทราบ บันทึกที่ ๓{ThaiNumber(i)}" };
        lines.AddRange([$"({name})", i == 3 ? "หัวหน้าสำนักปลัดเทศบาล" : "นักบริหารงานทั่วไป", capacity, $"{ThaiNumber(i)} พฤษภาคม ๒๕๖๙"]);
        return Action(i, sign ? "Sign" : "Endorse", i, lines);
    }

    private static PublishedAction Action(int sequence, string action, int day, IReadOnlyList<string> lines) =>
        new(sequence, action, $"user{sequence}", "ตำแหน่ง", "post", sequence == 3 ? "Acting" : "Self", null, $"{day}", lines);

    private static string ThaiNumber(int n) => Workflow.Core.Formatting.ThaiDigits.ToThai(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
