using Workflow.Web.Messaging;
using Workflow.Web.Options;

namespace Workflow.Web.Notifications;

/// <summary>In-app notifications always; e-mail through the mail outbox when Mail:Enabled (ADR 24).</summary>
public static class NotificationsSetup
{
    /// <summary>The key of the signal that wakes the mail sender after a commit.</summary>
    public const string MailSignal = "mail";

    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<MailOptions>().Bind(config.GetSection(MailOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddKeyedSingleton<OutboxSignal>(MailSignal);
        services.AddScoped<NotificationRecipients>();
        services.AddScoped<NotificationWriter>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<NotificationPreferences>();
        services.AddSingleton<NotificationMail>();
        services.AddScoped<SmtpMailTransport>();
        services.AddHealthChecks().AddCheck<MailHealthCheck>("mail");
        if (config.GetSection(MailOptions.Section).Get<MailOptions>()?.Enabled == true)
            services.AddHostedService<MailSender>();
        return services;
    }
}
