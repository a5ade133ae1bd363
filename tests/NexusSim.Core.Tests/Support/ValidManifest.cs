namespace NexusSim.Core.Tests.Support;

/// <summary>
/// A tiny valid firm: one human, three agents, one service line, two deliverable types, two review
/// gates and one approval gate, two chains. The entry file includes <see cref="DeliveryFile"/>.
/// Every line a test mutates is unique in its file.
/// </summary>
internal static class ValidManifest
{
    public const string EntryFile = "manifest.yaml";
    public const string DeliveryFile = "delivery.yaml";

    public const string Entry = """
        schema_version: 1
        include:
          - delivery.yaml
        firm:
          id: tiny_firm
          name: "Tiny Firm"
          description: "A three-agent firm used by the loader tests."
        model_tiers:
          - id: standard
            model: "model-standard"
            base_latency_ms: 400
            ms_per_output_token: 1.5
        humans:
          - id: principal
            name: "Principal"
            title: "Managing principal"
            domains: [client_commitments]
            duties: "Approves and releases client work."
        agents:
          - id: lead
            name: "Lead"
            title: "Engagement lead"
            tier: standard
            reports_to: principal
            domains: [delivery_plan]
            duties: "Plans the engagement and writes the memo."
            identity: identities/lead.md
          - id: analyst
            name: "Analyst"
            title: "Research analyst"
            tier: standard
            reports_to: lead
            duties: "Scans the market."
            identity: identities/analyst.md
          - id: editor
            name: "Editor"
            title: "Quality editor"
            tier: standard
            reports_to: lead
            duties: "Checks facts and voice."
            identity: identities/editor.md
        decision_domains:
          - id: client_commitments
            description: "Prices, scope and release to the client."
            owner: principal
          - id: delivery_plan
            description: "Who does what, and when."
            owner: lead
        actions:
          - id: submit_deliverable
            description: "Submit a version of a deliverable."
          - id: record_gate_verdict
            description: "Record a gate verdict."
          - id: approve
            description: "Approve a deliverable version."
          - id: escalate
            description: "Escalate a problem."
          - id: commit_budget
            description: "Commit budget."
            domain_owner_only: true
          - id: release_to_client
            description: "Release a deliverable to the client."
            external: true
            requires: [gates_passed, human_approval]
        grants:
          - action: submit_deliverable
            actors: [lead, analyst]
          - action: record_gate_verdict
            actors: [lead, editor, principal]
          - action: approve
            actors: [principal]
          - action: escalate
            actors: [lead, analyst, editor]
          - action: commit_budget
            actors: [principal]
            limits:
              max_amount_usd: 250000
              max_risk: medium
              service_lines: [strategy_sprint]
          - action: release_to_client
            actors: [principal]
        separation_of_duties:
          - id: no_self_approval
            action: approve
            actor_must_differ_from: author
            reason: "No one approves their own work."
        service_lines:
          - id: strategy_sprint
            name: "Strategy sprint"
            weeks: 4
            price_min_usd: 40000
            price_max_usd: 90000
            phases:
              - id: discover
                name: "Discover"
                start_week: 1
                end_week: 2
                summary: "Scan the market."
              - id: recommend
                name: "Recommend"
                start_week: 3
                end_week: 4
            deliverables: [market_scan, strategy_memo]
        handoff_fields: [goal, context, done_criteria]
        escalation:
          on_denial: true
          max_levels: 2
          options: ["rework", "descope"]
        glossary:
          - term: "engagement"
            definition: "One piece of paid client work."
            domain: client_commitments
            forbidden_variants: ["gig"]
        standing_pairs:
          - [analyst, editor]
        """;

    public const string Delivery = """
        deliverable_types:
          - id: market_scan
            name: "Market scan"
            description: "Who competes, and how."
            author: analyst
            chain: scan_chain
            client_facing: false
            required_sections: ["Summary", "Competitors"]
            gates: [fact_check]
          - id: strategy_memo
            name: "Strategy memo"
            description: "What the client should do."
            author: lead
            chain: memo_chain
            client_facing: true
            required_sections: ["Summary", "Recommendation"]
            gates: [fact_check, editorial_review, principal_signoff]
        gates:
          - id: fact_check
            name: "Fact check"
            kind: review
            checks: [structure, evidence]
            owners: [editor, lead]
            rubric: "Every claim has a source."
          - id: editorial_review
            name: "Editorial review"
            kind: review
            owners: [editor]
            rubric: "Clear, consistent, in the firm's voice."
            max_attempts: 2
            on_fail: rework
          - id: principal_signoff
            name: "Principal sign-off"
            kind: approval
            owners: [principal]
            rubric: "Fit to send to the client."
            on_fail: escalate
            blocking: true
        chains:
          - id: scan_chain
            name: "Market scan chain"
            steps:
              - actor: lead
                task: plan_scan
                mode: plan
              - actor: analyst
                task: write_scan
                mode: author
              - actor: editor
                task: review_scan
                gates:
                  - fact_check
                mode: review
          - id: memo_chain
            name: "Strategy memo chain"
            steps:
              - actor: lead
                task: write_memo
                mode: author
              - actor: editor
                task: edit_memo
                mode: edit
              - actor: editor
                task: review_memo
                gates:
                  - fact_check
                  - editorial_review
                mode:  review
              - actor: principal
                task: approve_memo
                gates:
                  - principal_signoff
                mode: approve
        """;

    public static IReadOnlyDictionary<string, string> Identities { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["identities/lead.md"] = "You are the engagement lead.\n",
        ["identities/analyst.md"] = "You are the research analyst.\n",
        ["identities/editor.md"] = "You are the quality editor.\n",
    };
}
