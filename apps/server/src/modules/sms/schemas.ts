import { InterfaceLanguage, PhoneText, SmsPurpose, SmsStatus } from "@homecoming/domain";
import { z } from "zod";
import { listOf, Paging } from "../../http/schemas";

export const SmsQuery = Paging.extend({
  phone: PhoneText.optional().meta({ description: "the number the messages went to, as typed" }),
  status: SmsStatus.optional(),
});

export const SmsMessage = z
  .object({
    id: z.uuid(),
    phone: z.string().meta({ description: "E.164" }),
    purpose: SmsPurpose,
    language: InterfaceLanguage,
    body: z.string(),
    status: SmsStatus,
    gateway: z.string(),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
    error: z.string().nullable(),
  })
  .meta({ id: "SmsMessage" });

export const SmsPage = listOf(SmsMessage).meta({ id: "SmsPage" });
