using Workflow.Core.Engine;

namespace Workflow.Core.Tests.Engine;

public class CapacityWordingTests
{
    [Fact]
    public void Line_is_the_post_title_alone_when_the_person_holds_the_post() =>
        Assert.Equal("ปลัดเทศบาลตำบลโชคชัย", CapacityWording.Line(Capacity.Self, "ปลัดเทศบาลตำบลโชคชัย"));

    [Fact]
    public void Line_prefixes_raksa_ratchakan_thaen_when_the_person_is_acting() =>
        Assert.Equal("รักษาราชการแทนปลัดเทศบาลตำบลโชคชัย", CapacityWording.Line(Capacity.Acting, "ปลัดเทศบาลตำบลโชคชัย"));

    [Fact]
    public void Line_prefixes_patibat_ratchakan_thaen_when_the_person_acts_by_delegation() =>
        Assert.Equal("ปฏิบัติราชการแทนนายกเทศมนตรีตำบลโชคชัย", CapacityWording.Line(Capacity.Delegated, "นายกเทศมนตรีตำบลโชคชัย"));

    [Fact]
    public void Line_rejects_an_undefined_capacity() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CapacityWording.Line((Capacity)7, "ปลัดเทศบาลตำบลโชคชัย"));

    [Fact]
    public void Line_rejects_a_blank_post_title() =>
        Assert.Throws<ArgumentException>(() => CapacityWording.Line(Capacity.Acting, " "));
}
