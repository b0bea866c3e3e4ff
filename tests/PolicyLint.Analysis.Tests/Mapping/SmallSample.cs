using PolicyLint.Analysis.Mapping;
using PolicyLint.Core.Codes;

namespace PolicyLint.Analysis.Tests.Mapping;

/// <summary>A tiny labelled sample written for these tests: three provisions and "none", ten examples each.</summary>
internal static class SmallSample
{
    public static IReadOnlyList<TrainingExample> Examples { get; } =
    [
        .. Label("6.2",
            "We will acknowledge your complaint within five working days.",
            "Every complaint is logged and acknowledged in writing within 5 working days of receipt.",
            "You will get an acknowledgement from us within five days of us receiving the complaint.",
            "The complaints team records the complaint and writes to confirm receipt within 5 working days.",
            "Acknowledgement letters are sent within five working days, setting out our understanding of the complaint.",
            "Once received, complaints are acknowledged promptly and never later than five working days.",
            "We log your complaint and let you know we have it within five working days.",
            "Receipt of a complaint is acknowledged within 5 days and the complaint is logged on our system.",
            "Stage one complaints are acknowledged and logged within five working days of being received.",
            "Within five working days we will write to acknowledge the complaint and define it."),
        .. Label("3.6",
            "You can ask someone else, such as a relative or an advocate, to make the complaint for you.",
            "A representative may act for the resident and attend meetings with them.",
            "Residents may be accompanied at any meeting by a friend, family member or advocate.",
            "We accept complaints made on your behalf by a representative you have authorised.",
            "An advocate, carer or councillor can represent you throughout the complaint.",
            "If you would like a family member to deal with the complaint for you, we will talk to them.",
            "Complainants may nominate a representative to handle their complaint.",
            "Your representative can speak for you and come with you to meetings.",
            "We will deal with a third party acting for the resident once we have their consent.",
            "A friend or support worker may represent the tenant and be present at meetings."),
        .. Label("5.14",
            "Abusive or threatening behaviour towards our staff will not be tolerated.",
            "We may restrict contact where a complainant behaves unreasonably or aggressively.",
            "Unacceptable behaviour, such as repeated abusive calls, is managed under this policy.",
            "Where behaviour towards staff is unacceptable we will write to explain the restrictions we apply.",
            "We have a procedure for managing unreasonable demands and persistent contact.",
            "Aggression or harassment of employees may lead to limits on how you can contact us.",
            "Violent or abusive conduct will be reported and contact may be restricted.",
            "Persistent unreasonable contact can lead to a single point of contact being set.",
            "Staff do not have to accept abusive language and may end calls.",
            "Threats against staff are unacceptable behaviour and will be dealt with firmly."),
        .. Label(ProvisionClasses.None,
            "This policy is reviewed every three years by the board.",
            "The policy was approved by the executive team and is owned by the head of service.",
            "Data about you is handled under the data protection legislation.",
            "Linked documents include the safeguarding and health and safety policies.",
            "An equality impact assessment was completed when writing this policy.",
            "Version control: this document replaces all earlier versions.",
            "Compliments are passed on to the staff members involved.",
            "We value comments and suggestions about our services.",
            "Definitions used in this document are listed in the glossary.",
            "Tenants were consulted when this policy was written."),
    ];

    public static CodeCatalogue Code { get; } = new(
        "test-code",
        "A test Code",
        new DateOnly(2024, 4, 1),
        [
            new Provision("6.2", 6, "Complaints stages", "Acknowledge, define and log a stage one complaint within five working days of receipt.")
            {
                Title = "Stage one acknowledgement",
                Keywords = ["acknowledge", "log", "five working days"],
            },
            new Provision("3.6", 3, "Accessibility", "Residents may have a representative deal with their complaint and be accompanied at meetings.")
            {
                Title = "Representatives",
                Keywords = ["representative", "advocate", "accompanied"],
            },
            new Provision("5.14", 5, "Process", "Have a policy for managing unacceptable behaviour by residents and their representatives.")
            {
                Title = "Unacceptable behaviour",
                Keywords = ["unacceptable behaviour", "abusive", "restrictions"],
            },
        ]);

    private static IEnumerable<TrainingExample> Label(string label, params string[] texts) =>
        texts.Select(t => new TrainingExample(label, t));
}
