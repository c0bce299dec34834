namespace Workflow.Web.Notifications;

/// <summary>The language of an e-mail: Thai unless the person chose English.</summary>
public enum NotificationLanguage
{
    Thai,
    English,
}
