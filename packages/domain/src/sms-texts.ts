import type { InterfaceLanguage } from "./feedback";
import type { SmsPurpose } from "./portal-account";

// The text messages the portal sends, in the language the returnee chose. Short (one message of 160 Latin
// or 70 other characters where the language allows), the code first so that a phone shows it in its
// notification, and never a word a stranger reading the message could use against the owner.

/** What a message says besides its words: a code and how long it works, or the day of an event. */
export interface SmsValues {
  code: string;
  minutes: number;
  /** a day written in the message's language (an event's) */
  date?: string;
}

type Texts = Record<SmsPurpose, (values: SmsValues) => string>;

export const smsTexts: Record<InterfaceLanguage, Texts> = {
  en: {
    verify_phone: ({ code, minutes }) =>
      `${code} is your Homecoming code. It works for ${minutes} minutes. Do not give it to anyone.`,
    reset_password: ({ code, minutes }) =>
      `${code} is your code to set a new Homecoming password. It works for ${minutes} minutes. Do not give it to anyone.`,
    already_registered: () =>
      "Someone tried to register on Homecoming with this number, which has an account. If it was you, sign in or set a new password.",
    event_cancelled: ({ date }) =>
      `Homecoming: the event of ${date} you registered for is cancelled. The portal says why.`,
  },
  bn: {
    verify_phone: ({ code, minutes }) =>
      `${code} আপনার Homecoming কোড। এটি ${minutes} মিনিট কাজ করবে। কাউকে দেবেন না।`,
    reset_password: ({ code, minutes }) =>
      `${code} দিয়ে Homecoming-এর নতুন পাসওয়ার্ড দিন। কোডটি ${minutes} মিনিট কাজ করবে। কাউকে দেবেন না।`,
    already_registered: () =>
      "কেউ এই নম্বর দিয়ে Homecoming-এ নিবন্ধন করতে চেয়েছে, কিন্তু এই নম্বরে অ্যাকাউন্ট আছে। আপনি হলে সাইন ইন করুন বা নতুন পাসওয়ার্ড দিন।",
    event_cancelled: ({ date }) =>
      `Homecoming: ${date} তারিখের যে অনুষ্ঠানে আপনি নাম দিয়েছিলেন, সেটি বাতিল হয়েছে। কেন, তা পোর্টালে দেখুন।`,
  },
  ur: {
    verify_phone: ({ code, minutes }) =>
      `${code} آپ کا Homecoming کوڈ ہے۔ یہ ${minutes} منٹ تک چلے گا۔ کسی کو نہ دیں۔`,
    reset_password: ({ code, minutes }) =>
      `${code} سے Homecoming کا نیا پاس ورڈ بنائیں۔ یہ ${minutes} منٹ تک چلے گا۔ کسی کو نہ دیں۔`,
    already_registered: () =>
      "کسی نے اس نمبر سے Homecoming پر رجسٹر ہونے کی کوشش کی، جس کا اکاؤنٹ پہلے سے ہے۔ اگر یہ آپ تھے تو سائن ان کریں یا نیا پاس ورڈ بنائیں۔",
    event_cancelled: ({ date }) =>
      `Homecoming: ${date} کی جس تقریب کے لیے آپ نے نام لکھوایا تھا، وہ منسوخ ہو گئی ہے۔ وجہ پورٹل پر دیکھیں۔`,
  },
  ar: {
    verify_phone: ({ code, minutes }) =>
      `${code} هو رمزك في Homecoming. يعمل لمدة ${minutes} دقائق. لا تعطه لأحد.`,
    reset_password: ({ code, minutes }) =>
      `${code} هو رمزك لتعيين كلمة مرور جديدة في Homecoming. يعمل لمدة ${minutes} دقائق. لا تعطه لأحد.`,
    already_registered: () =>
      "حاول شخص التسجيل في Homecoming بهذا الرقم، وله حساب من قبل. إن كنت أنت، فسجّل الدخول أو عيّن كلمة مرور جديدة.",
    event_cancelled: ({ date }) =>
      `Homecoming: أُلغيت الفعالية التي سجّلت فيها يوم ${date}. تجد السبب في البوابة.`,
  },
  ckb: {
    verify_phone: ({ code, minutes }) =>
      `${code} کۆدی Homecoming ـەکەتە. بۆ ${minutes} خولەک کار دەکات. مەیدە بە کەس.`,
    reset_password: ({ code, minutes }) =>
      `${code} کۆدەکەتە بۆ دانانی وشەی نهێنیی نوێی Homecoming. بۆ ${minutes} خولەک کار دەکات. مەیدە بە کەس.`,
    already_registered: () =>
      "کەسێک هەوڵیدا بەم ژمارەیە لە Homecoming خۆی تۆمار بکات، کە پێشتر هەژماری هەیە. ئەگەر خۆت بوویت، بچۆ ژوورەوە یان وشەی نهێنیی نوێ دابنێ.",
    event_cancelled: ({ date }) =>
      `Homecoming: ئەو چالاکییەی ${date} کە خۆت بۆی تۆمار کردبوو هەڵوەشایەوە. هۆکارەکەی لە پۆرتاڵەکەدا ببینە.`,
  },
};

/** The text of a message of `purpose` in `language`. */
export function smsText(
  language: InterfaceLanguage,
  purpose: SmsPurpose,
  values: SmsValues = { code: "", minutes: 0 },
): string {
  return smsTexts[language][purpose](values);
}
