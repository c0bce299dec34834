namespace Workflow.Web.Notifications;

/// <summary>How many notifications a "mark all as read" marked.</summary>
public sealed record MarkedRead(int Marked);
