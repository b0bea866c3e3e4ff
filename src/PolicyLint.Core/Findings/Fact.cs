namespace PolicyLint.Core.Findings;

/// <summary>
/// Something a policy states, normalised (see the fact vocabulary in the report contract).
/// Kind: timescale, exclusion-window, stage-count, stage2-reasons-required, informal-stage,
/// ombudsman-wait, escalation-refusal. Unit: working-days, calendar-days, weeks, months, years.
/// From: receipt, acknowledgement, logging, escalation-request, response, issue.
/// </summary>
public sealed record Fact(string Kind, string Clause, string Quote)
{
    public string? Subject { get; init; }
    public decimal? Amount { get; init; }
    public string? Unit { get; init; }
    public string? From { get; init; }
    public bool? Value { get; init; }

    /// <summary>
    /// True when the text said only "days" (neither working nor calendar): the unit is recorded as
    /// calendar days, but a reader cannot tell which the landlord meant.
    /// </summary>
    public bool DaysUnqualified { get; init; }
}

public static class FactKinds
{
    public const string Timescale = "timescale";
    public const string ExclusionWindow = "exclusion-window";
    public const string StageCount = "stage-count";
    public const string Stage2ReasonsRequired = "stage2-reasons-required";
    public const string InformalStage = "informal-stage";
    public const string OmbudsmanWait = "ombudsman-wait";
    public const string EscalationRefusal = "escalation-refusal";
}

public static class TimeUnits
{
    public const string WorkingDays = "working-days";
    public const string CalendarDays = "calendar-days";
    public const string Weeks = "weeks";
    public const string Months = "months";
    public const string Years = "years";
}

/// <summary>A candidate provision for a clause, from the index, the classifier or both.</summary>
public sealed record ProvisionMatch(string Provision, double Probability);

public sealed record ClauseMapping(string Clause, IReadOnlyList<ProvisionMatch> Candidates);
