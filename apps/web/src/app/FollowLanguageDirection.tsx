import { useDirection } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { directionOf } from "../i18n/languages";

/** Keeps Mantine's direction (menus, drawers, icons that point) with the language: right to left for Urdu, Arabic, Sorani. */
export function FollowLanguageDirection() {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  useEffect(() => {
    setDirection(directionOf(i18n.language));
  }, [i18n.language, setDirection]);
  return null;
}
