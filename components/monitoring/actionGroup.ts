import * as pulumi from "@pulumi/pulumi";
import * as monitor from "@pulumi/azure-native/monitor";
import { emailPattern, InputValidator, plain, Tags } from "../common";

/** An email recipient of alerts. */
export interface EmailReceiverArgs {
  /** Required. Unique among the action group's receivers. */
  name: string;
  /** Required. */
  emailAddress: pulumi.Input<string>;
}

/** A webhook called with the common alert schema. */
export interface WebhookReceiverArgs {
  /** Required. Unique among the action group's receivers. */
  name: string;
  /** Required. An `https://` URL; a plain-HTTP hook would expose alert content in transit. */
  serviceUri: pulumi.Input<string>;
  /**
   * Calls the hook with an Entra ID token for this application (secure webhook), so the receiver
   * can authenticate Azure Monitor.
   * @default - no token
   */
  aadAuth?: { objectId: pulumi.Input<string>; identifierUri: pulumi.Input<string> };
}

/** Who gets alerts: at least one email or webhook receiver. */
export interface ActionGroupArgs {
  /** Up to 12 characters, shown in SMS and email subjects. @default the first 12 characters of the component name */
  shortName?: string;
  /** @default [] */
  emailReceivers?: EmailReceiverArgs[];
  /** @default [] */
  webhookReceivers?: WebhookReceiverArgs[];
}

export function validateActionGroup(
  v: InputValidator,
  path: string,
  group: ActionGroupArgs | undefined,
): void {
  const emails = group?.emailReceivers ?? [];
  const hooks = group?.webhookReceivers ?? [];
  v.check(
    emails.length + hooks.length > 0,
    path,
    "needs at least one receiver (emailReceivers or webhookReceivers), or alerts reach no one",
  );
  if (group?.shortName !== undefined) {
    v.check(
      /^[A-Za-z0-9 _-]{1,12}$/.test(group.shortName),
      `${path}.shortName`,
      `"${group.shortName}" is not allowed: use 1-12 letters, digits, spaces, hyphens or underscores`,
    );
  }
  const names = new Set<string>();
  const checkName = (at: string, name: string) => {
    v.check(!names.has(name), `${at}.name`, `"${name}" is used twice; receiver names are unique`);
    names.add(name);
  };
  emails.forEach((e, i) => {
    const at = `${path}.emailReceivers[${i}]`;
    checkName(at, e.name);
    const address = plain(e.emailAddress);
    v.check(
      address === undefined || emailPattern.test(address),
      `${at}.emailAddress`,
      `"${address}" is not an email address`,
    );
  });
  hooks.forEach((h, i) => {
    const at = `${path}.webhookReceivers[${i}]`;
    checkName(at, h.name);
    const uri = plain(h.serviceUri);
    v.check(
      uri === undefined || /^https:\/\/[^\s]+$/.test(uri),
      `${at}.serviceUri`,
      `"${uri}" is not allowed: use an https:// URL`,
    );
  });
}

/** The action group's short name: the caller's, or the component name fitted to 12 characters. */
export function shortNameFor(componentName: string, group: ActionGroupArgs): string {
  return group.shortName ?? componentName.replace(/[^A-Za-z0-9 _-]/g, "").slice(0, 12);
}

export function createActionGroup(
  componentName: string,
  resourceGroupName: pulumi.Input<string>,
  actionGroupName: string,
  group: ActionGroupArgs,
  tags: Tags,
  parent: pulumi.Resource,
): monitor.ActionGroup {
  return new monitor.ActionGroup(
    `${componentName}-ag`,
    {
      resourceGroupName,
      actionGroupName,
      // Action groups are global; a regional location would tie notifications to one region.
      location: "Global",
      enabled: true,
      groupShortName: shortNameFor(componentName, group),
      emailReceivers: (group.emailReceivers ?? []).map((e) => ({
        name: e.name,
        emailAddress: e.emailAddress,
        useCommonAlertSchema: true,
      })),
      webhookReceivers: (group.webhookReceivers ?? []).map((h) => ({
        name: h.name,
        serviceUri: h.serviceUri,
        useCommonAlertSchema: true,
        useAadAuth: h.aadAuth !== undefined,
        objectId: h.aadAuth?.objectId,
        identifierUri: h.aadAuth?.identifierUri,
      })),
      tags,
    },
    { parent },
  );
}
