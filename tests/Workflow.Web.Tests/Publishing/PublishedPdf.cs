using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflow.Web.Data;
using Workflow.Web.Tests.Infrastructure;
using static Workflow.Web.Tests.Infrastructure.Demo;

namespace Workflow.Web.Tests.Publishing;

/// <summary>A memo taken through the route to its publication, and its sealed PDF as the public site serves it.</summary>
public static class PublishedPdf
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Submits, endorses and signs a memo; answers its publication once the consumer has made it.</summary>
    public static async Task<Publication> SignAndPublishAsync(WorkflowApp app)
    {
        var id = await app.Api.MemoAtStepAsync(3);
        await app.Api.ActOkAsync(Mayor, id, "sign");
        Assert.True(await app.EventuallyAsync(db => db.Publications.AnyAsync(p => p.DocumentId == id), TimeSpan.FromSeconds(30)),
            "The signed memo was not published within 30 s.");
        return await app.ReadDbAsync(db => db.Publications.AsNoTracking().SingleAsync(p => p.DocumentId == id));
    }

    public static async Task<byte[]> DownloadAsync(WorkflowApp app, Publication publication)
    {
        using var response = await app.Api.CreateClient().GetAsync($"/public/memos/{publication.Id}/memo.pdf", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync(Ct);
    }

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> VerifyAsync(WorkflowApp app, HttpContent form)
    {
        var response = await app.Api.CreateClient().PostAsync("/public/api/verify", form, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement);
    }

    public static MultipartFormDataContent FileForm(byte[] bytes, string name = "memo.pdf")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
