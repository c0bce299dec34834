using Workflow.Core.Engine;
using Workflow.Core.Formatting;

namespace Workflow.Core.Tests.Formatting;

/// <summary>The lines of a marginal note for each capacity, with and without a personal title (ADR 19).</summary>
public class MarginalNoteTests
{
    private const string Clerk = "ปลัดเทศบาลตำบลโชคชัย";
    private const string Mayor = "นายกเทศมนตรีตำบลโชคชัย";
    private static readonly DateOnly Day = new(2026, 12, 15);
    private static readonly string DayThai = ThaiDate.Format(Day);

    private static IReadOnlyList<string> Endorsed(Signatory signer) =>
        MarginalNote.Lines(ActionKind.Endorse, Mayor, "เพื่อโปรดทราบ", signer, Day);

    [Fact]
    public void Lines_put_the_personal_title_between_the_name_and_the_post_when_a_holder_has_one() =>
        Assert.Equal(["เรียน " + Mayor, "- เพื่อโปรดทราบ", "(นายประเสริฐ ตัวอย่างดี)", "นักบริหารงานท้องถิ่น ระดับกลาง", Clerk, DayThai],
            Endorsed(new Signatory("นายประเสริฐ ตัวอย่างดี", "นักบริหารงานท้องถิ่น ระดับกลาง", Clerk, Capacity.Self)));

    [Fact]
    public void Lines_name_the_post_alone_when_a_holder_has_no_personal_title() =>
        Assert.Equal(["(นายประเสริฐ ตัวอย่างดี)", Clerk], Signature(new Signatory("นายประเสริฐ ตัวอย่างดี", null, Clerk, Capacity.Self)));

    [Fact]
    public void Lines_leave_out_a_personal_title_the_post_title_begins_with() =>
        Assert.Equal(["(นายมานพ ใจสาธิต)", Mayor], Signature(new Signatory("นายมานพ ใจสาธิต", "นายกเทศมนตรี", Mayor, Capacity.Self)));

    [Fact]
    public void Lines_word_an_acting_person_by_the_regulation_and_cite_the_order_in_thai_digits() =>
        Assert.Equal(["เรียน " + Mayor, "- เพื่อโปรดทราบ", "(จ.อ.อนุชา รักษาการ)", "หัวหน้าสำนักปลัดเทศบาล", "รักษาราชการแทน" + Clerk,
                "ตามคำสั่งที่ ๑๒๓/๒๕๖๙", DayThai],
            Endorsed(new Signatory("จ.อ.อนุชา รักษาการ", "หัวหน้าสำนักปลัดเทศบาล", Clerk, Capacity.Acting, "123/2569")));

    [Fact]
    public void Lines_word_an_acting_person_without_a_personal_title_by_the_capacity_line_and_order() =>
        Assert.Equal(["(จ.อ.อนุชา รักษาการ)", "รักษาราชการแทน" + Clerk, "ตามคำสั่งที่ ๑๒/๒๕๖๙"],
            Signature(new Signatory("จ.อ.อนุชา รักษาการ", " ", Clerk, Capacity.Acting, "๑๒/๒๕๖๙")));

    [Fact]
    public void Lines_word_a_delegated_person_as_acting_on_behalf_of_the_post() =>
        Assert.Equal(["(นายวีระ คลังสาธิต)", "รองนายกเทศมนตรี", "ปฏิบัติราชการแทน" + Mayor],
            Signature(new Signatory("นายวีระ คลังสาธิต", "รองนายกเทศมนตรี", Mayor, Capacity.Delegated)));

    [Fact]
    public void Lines_cite_the_order_of_a_delegation_when_it_has_one() =>
        Assert.Equal("ตามคำสั่งที่ ๘/๒๕๖๙",
            Signature(new Signatory("นายวีระ คลังสาธิต", "รองนายกเทศมนตรี", Mayor, Capacity.Delegated, "8/2569"))[^1]);

    [Fact]
    public void Lines_cite_no_order_for_a_holder_even_when_one_is_given() =>
        Assert.Equal(["(นายประเสริฐ ตัวอย่างดี)", Clerk], Signature(new Signatory("นายประเสริฐ ตัวอย่างดี", null, Clerk, Capacity.Self, "1/2569")));

    [Theory]
    [InlineData(ActionKind.Sign, null, "- อนุมัติ")]
    [InlineData(ActionKind.Return, "แนบรายงาน", "- ส่งคืนเพื่อแก้ไข: แนบรายงาน")]
    [InlineData(ActionKind.Refuse, "ไม่อยู่ในอำนาจ", "- ไม่อนุญาต: ไม่อยู่ในอำนาจ")]
    [InlineData(ActionKind.Submit, null, "- เสนอเพื่อโปรดพิจารณา")]
    public void Lines_start_with_the_action_text_when_the_note_is_addressed_to_nobody(ActionKind action, string? note, string expected) =>
        Assert.Equal(expected, MarginalNote.Lines(action, null, note, new Signatory("นายมานพ ใจสาธิต", null, Mayor, Capacity.Self), Day)[0]);

    private static IReadOnlyList<string> Signature(Signatory signer) => MarginalNote.Signature(signer);
}
