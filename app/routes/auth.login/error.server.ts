import { LoginErrorType, type LoginError } from "@shopify/shopify-app-remix/server";

interface LoginErrorMessage {
  shop?: string;
}

/** Turns the library's login error into a message for the shop field. */
export function loginErrorMessage(loginErrors: LoginError): LoginErrorMessage {
  if (loginErrors?.shop === LoginErrorType.MissingShop) {
    return { shop: "Please enter your shop domain to log in" };
  }
  if (loginErrors?.shop === LoginErrorType.InvalidShop) {
    return { shop: "Please enter a valid shop domain to log in" };
  }
  return {};
}
