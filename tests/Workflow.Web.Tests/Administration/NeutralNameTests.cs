using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Administration;

/// <summary>Nothing in code names a municipality: a new database whose profile has no name yet shows the product's name alone.</summary>
public sealed class NeutralNameTests
{
    [Fact]
    public async Task Public_site_shows_the_product_name_alone_when_no_name_is_set()
    {
        await using var app = new WorkflowApp();
        app.Settings["Demo:SeedUsers"] = "false";

        var html = await app.Api.CreateClient().GetStringAsync("/public", TestContext.Current.CancellationToken);

        Assert.Contains("data-testid=\"brand\">ระบบเสนอบันทึกข้อความ</a>", html);
        Assert.Contains("<p data-testid=\"footer\">ระบบงานสารบรรณอิเล็กทรอนิกส์</p>", html);
        Assert.DoesNotContain("public-organisation", html);
        Assert.DoesNotContain("โชคชัย", html);
    }
}
