using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Instances;

/// <summary>
/// Three instances on one storage folder (ADR 33): the same file uploaded on all of them at the same moment is stored
/// once, whole, and every memo that attached it reads it back intact from any instance.
/// </summary>
public sealed class SharedStorageTests(SharedPostgresApps apps) : IClassFixture<SharedPostgresApps>
{
    private const int Uploads = 12;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_same_file_uploaded_on_three_instances_at_once_is_stored_once_and_whole()
    {
        var pdf = TestPdf.Small(padding: 48 * 1024);
        var memos = new List<Guid>();
        for (var i = 0; i < Uploads; i++)
            memos.Add((await apps[i % SharedPostgresApps.Count].Api.CreateDraftAsync()).Id);

        var answers = await Task.WhenAll(memos.Select((id, i) => Task.Run(async () =>
        {
            using var response = await apps[i % SharedPostgresApps.Count].Api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(pdf, "รายงาน.pdf"));
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(Ct));
        }, Ct)));

        Assert.All(answers, a => Assert.True(a.StatusCode == HttpStatusCode.Created, a.Body));
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var stored = Directory.GetFiles(Path.Combine(apps.StoragePath, "attachments"), "*", SearchOption.AllDirectories);
        Assert.Equal([sha], stored.Select(Path.GetFileName));
        Assert.Equal(pdf, await File.ReadAllBytesAsync(stored[0], Ct));
        foreach (var (answer, i) in answers.Select((a, i) => (a, i)))
        {
            var url = JsonDocument.Parse(answer.Body).RootElement.GetProperty("url").GetString();
            var reader = await apps[(i + 1) % SharedPostgresApps.Count].Api.LoginAsync(Demo.Legal);
            Assert.Equal(pdf, await reader.GetByteArrayAsync(url, Ct));
        }
    }
}
