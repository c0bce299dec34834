using Microsoft.Extensions.Options;
using Workflow.Web.Administration;
using Workflow.Web.Options;

namespace Workflow.Web.Deadlines;

public static class DeadlinesSetup
{
    /// <summary>Due times, the holiday calendar and the reminder plan of each wait (ADR 21); their dispatch (ADR 26).</summary>
    public static IServiceCollection AddDeadlines(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<DeadlineOptions>().Bind(config.GetSection(DeadlineOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReminderDispatchOptions>().Bind(config.GetSection(ReminderDispatchOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<DueReminders>().AddScoped<DailyDigest>().AddSingleton<DigestMail>().AddHostedService<ReminderDispatcher>();
        services.AddSingleton<IValidateOptions<DeadlineOptions>, DeadlineOptionsValidator>();
        services.AddScoped<HolidayCatalog>();
        return services.AddSingleton<WorkCalendars>().AddSingleton<WaitClock>();
    }
}
