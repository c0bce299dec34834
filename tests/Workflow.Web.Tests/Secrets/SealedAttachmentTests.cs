using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Tests.Infrastructure;
using static Workflow.Web.Tests.Infrastructure.Demo;

namespace Workflow.Web.Tests.Secrets;

/// <summary>A secret memo's files are encrypted at rest, each under its own key; its readers download them as uploaded (ADR 23).</summary>
public abstract class SealedAttachmentTestsBase(WorkflowApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<Data.Attachment> RowAsync(Guid attachment) =>
        app.ReadDbAsync(db => db.Attachments.AsNoTracking().SingleAsync(a => a.Id == attachment));

    private string FileOf(string name) => Path.Combine(app.AttachmentsPath, name[..2], name);

    [Fact]
    public async Task Secret_memos_attachment_copied_off_the_disk_is_not_the_uploaded_file()
    {
        var (_, _, attachment) = await SecretMemos.CreateAsync(app, "sealed", []);
        var row = await RowAsync(attachment);

        var onDisk = await File.ReadAllBytesAsync(FileOf(row.StoredAs!), Ct);

        Assert.NotNull(row.SealedKey);
        Assert.NotEqual(row.Sha256, row.StoredAs);
        Assert.False(File.Exists(FileOf(row.Sha256)), "The plaintext is stored under its own hash.");
        Assert.DoesNotContain("%PDF", Encoding.Latin1.GetString(onDisk));
        Assert.DoesNotContain(Convert.ToBase64String(onDisk[28..]), row.SealedKey!);
    }

    [Fact]
    public async Task Secret_memos_attachment_downloads_as_uploaded_for_its_author()
    {
        var (id, _, attachment) = await SecretMemos.CreateAsync(app, "download", []);
        var legal = await app.Api.LoginAsync(Legal);

        var file = await legal.GetByteArrayAsync($"/api/documents/{id}/attachments/{attachment}", Ct);

        Assert.Equal(TestPdf.Small(), file);
    }

    [Fact]
    public async Task Two_secret_memos_with_the_same_file_have_different_keys_and_stored_files()
    {
        var (_, _, first) = await SecretMemos.CreateAsync(app, "twin-1", []);
        var (_, _, second) = await SecretMemos.CreateAsync(app, "twin-2", []);

        var (a, b) = (await RowAsync(first), await RowAsync(second));

        Assert.Equal(a.Sha256, b.Sha256);
        Assert.NotEqual(a.StoredAs, b.StoredAs);
        Assert.NotEqual(a.SealedKey, b.SealedKey);
    }

    [Fact]
    public async Task Removing_a_secret_memos_attachment_deletes_its_encrypted_file()
    {
        var (id, _, attachment) = await SecretMemos.CreateAsync(app, "remove", []);
        var stored = FileOf((await RowAsync(attachment)).StoredAs!);
        var legal = await app.Api.LoginAsync(Legal);

        using var response = await legal.DeleteAsync($"/api/documents/{id}/attachments/{attachment}", Ct);

        await ApiClient.ExpectAsync(response, System.Net.HttpStatusCode.OK, "remove");
        Assert.False(File.Exists(stored));
    }

    [Fact]
    public async Task Draft_given_a_secrecy_class_after_its_file_was_attached_has_the_file_sealed()
    {
        var draft = await app.Api.CreateDraftAsync();
        var pdf = TestPdf.Small(padding: 7919);
        using (var upload = await app.Api.UploadAsync(Legal, draft.Id, TestPdf.Multipart(pdf, "ก่อนกำหนดชั้นความลับ.pdf")))
            await ApiClient.ExpectAsync(upload, System.Net.HttpStatusCode.Created, "upload");
        var attachment = (await app.Api.GetDocumentAsync(Legal, draft.Id)).Attachments.Single().Id;
        var plainFile = FileOf((await RowAsync(attachment)).Sha256);
        Assert.True(File.Exists(plainFile));
        var legal = await app.Api.LoginAsync(Legal);

        using var update = await legal.PutAsJsonAsync($"/api/documents/{draft.Id}", Classes.ClassDrafts.Body(secrecy: "secret"), Ct);

        await ApiClient.ExpectAsync(update, System.Net.HttpStatusCode.OK, "update to secret");
        var row = await RowAsync(attachment);
        Assert.NotNull(row.SealedKey);
        Assert.False(File.Exists(plainFile), "The plaintext stays on the disk after the memo became secret.");
        Assert.DoesNotContain("%PDF", Encoding.Latin1.GetString(await File.ReadAllBytesAsync(FileOf(row.StoredAs!), Ct)));
        Assert.Equal(pdf, await legal.GetByteArrayAsync($"/api/documents/{draft.Id}/attachments/{attachment}", Ct));
    }
}

/// <summary>SealedAttachmentTests on SQLite (the default provider).</summary>
public sealed class SealedAttachmentTests(WorkflowApp app) : SealedAttachmentTestsBase(app), IClassFixture<WorkflowApp>;

/// <summary>SealedAttachmentTests on PostgreSQL (ADR 33).</summary>
public sealed class SealedAttachmentOnPostgreSqlTests(OnPostgreSql<WorkflowApp> db) : SealedAttachmentTestsBase(db.App), IClassFixture<OnPostgreSql<WorkflowApp>>;
