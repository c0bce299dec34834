using System.Net;
using Workflow.Web.Tests.Infrastructure;

namespace Workflow.Web.Tests.Notifications;

/// <summary>A memo written with its report attached and taken through every step of memo-approval to the mayor's signature.</summary>
public static class SignedMemos
{
    public static async Task<Guid> SignAsync(ApiClient api, string? subject = null)
    {
        var id = (await api.CreateDraftAsync(subject: subject)).Id;
        using (var upload = await api.UploadAsync(Demo.Legal, id, TestPdf.Multipart(TestPdf.Small(), "รายงาน.pdf")))
            await ApiClient.ExpectAsync(upload, HttpStatusCode.Created, "upload");
        await api.ActOkAsync(Demo.Legal, id, "submit");
        foreach (var step in Demo.MemoSteps[..^1])
            await api.ActOkAsync(step, id, "endorse");
        await api.ActOkAsync(Demo.Mayor, id, "sign");
        return id;
    }
}
