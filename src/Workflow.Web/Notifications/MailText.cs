namespace Workflow.Web.Notifications;

/// <summary>An e-mail's subject line and plain-text body.</summary>
public sealed record MailText(string Subject, string Body);
